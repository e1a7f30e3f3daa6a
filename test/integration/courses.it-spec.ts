import { randomUUID } from 'node:crypto';
import { createTestApp, login, makeCohort, makeUser } from '../support/test-app';
import type { TestContext } from '../support/test-app';
import {
  addFacilitator, apiAddActivity, apiAddModule, bearer, coursePayload, fieldsOf, holdSeat, makeFrameworkBranch, uniqueCourseCode,
} from '../support/courses';
import type { FrameworkBranch } from '../support/courses';

describe('courses (real PostgreSQL)', () => {
  let ctx: TestContext;
  let coordinator: { id: string };
  let token: string;
  let branch: FrameworkBranch;

  const create = (body: Record<string, unknown>, as = token) => ctx.http().post('/api/courses').set(bearer(as)).send(body);
  const patch = (id: string, body: Record<string, unknown>, as = token) => ctx.http().patch(`/api/courses/${id}`).set(bearer(as)).send(body);
  const countByTitle = async (title: string) => Number((await ctx.db.query(`SELECT count(*)::int AS n FROM courses WHERE title = $1`, [title]))[0].n);
  const auditActions = async (entityId: string): Promise<string[]> =>
    (await ctx.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at, id`, [entityId])).map((r: { action: string }) => r.action);
  /** Marks a course published directly (it can then be a prerequisite). */
  const published = async (id: string) => ctx.db.query(`UPDATE courses SET status = 'published', published_at = now() WHERE id = $1`, [id]);

  beforeAll(async () => {
    ctx = await createTestApp();
    const user = await makeUser(ctx.db, ['coordinator']);
    coordinator = user;
    token = (await login(ctx, user)).token;
    branch = await makeFrameworkBranch(ctx.db);
  });
  afterAll(() => ctx.close());

  describe('create', () => {
    it('creates a draft course with version 1, its competencies and a searchable area, and audits it', async () => {
      const body = coursePayload(branch, { code: ` ${uniqueCourseCode('gdl').toLowerCase()} `, passingScore: 75, certificateKind: 'participation' });
      const response = await create(body);
      expect(response.status).toBe(201);
      const course = response.body;
      expect(course).toMatchObject({
        code: (body.code as string).trim().toUpperCase(),
        title: 'Gestión integral de cuencas',
        summary: 'Manejo de cuencas para técnicos municipales',
        description: '## Objetivos\n\nConocer la **normativa** de cuencas.',
        descriptionHtml: '<h2>Objetivos</h2>\n<p>Conocer la <strong>normativa</strong> de cuencas.</p>\n',
        area: { id: branch.areaId, code: branch.areaCode },
        subArea: { id: branch.subAreaId, code: `${branch.areaCode}.1` },
        modality: 'blended',
        workloadHours: 40,
        passingScore: 75,
        minAttendance: 80,
        certificateKind: 'participation',
        requiresEndorsement: true,
        sdgTargets: ['6.5', '11.b'],
        status: 'draft',
        publishedAt: null,
        archivedAt: null,
        competencies: [{ competencyId: branch.competencyIds[0], code: `${branch.areaCode}.1.1`, level: 2, name: expect.stringContaining('uno') }],
        prerequisites: [],
        latestVersion: { number: 1, locked: false, cohortCount: 0 },
        termsLocked: false,
      });
      const versions = await ctx.db.query(`SELECT number, created_by FROM course_versions WHERE course_id = $1`, [course.id]);
      expect(versions).toEqual([{ number: 1, created_by: coordinator.id }]);
      const [row] = await ctx.db.query(`SELECT search_document FROM courses WHERE id = $1`, [course.id]);
      expect(row.search_document).toContain('gestión hídrica');
      expect(row.search_document).toContain('Competencia');
      expect(await auditActions(course.id)).toEqual(['course.create']);

      const fetched = await ctx.http().get(`/api/courses/${course.id}`).set(bearer(token));
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(course);
    });

    it('refuses missing and out-of-range fields with 400 naming each, and saves nothing', async () => {
      const title = `Sin datos ${randomUUID()}`;
      const empty = await create({ title });
      expect(empty.status).toBe(400);
      expect(new Set(fieldsOf(empty.body))).toEqual(new Set(['code', 'areaId', 'modality', 'workloadHours']));

      const bad = await create(
        coursePayload(branch, {
          title, code: 'A', workloadHours: 0, passingScore: 101, minAttendance: -1, modality: 'remote', certificateKind: 'internship',
          sdgTargets: ['18.1', '5.5', 'x'], competencies: [{ competencyId: branch.competencyIds[0], level: 4 }], extra: true,
        }),
      );
      expect(bad.status).toBe(400);
      expect(new Set(fieldsOf(bad.body))).toEqual(
        new Set(['code', 'workloadHours', 'passingScore', 'minAttendance', 'modality', 'certificateKind', 'sdgTargets', 'competencies.0.level', 'extra']),
      );
      expect(bad.body.errors.find((e: { field: string }) => e.field === 'sdgTargets').message).toBe(
        'Metas ODS no válidas: 18.1, x (use el formato 5.5 u 11.b)',
      );
      expect(await countByTitle(title)).toBe(0);
    });

    it('refuses a duplicate code with 409 naming the code', async () => {
      const first = await create(coursePayload(branch));
      const title = `Duplicado ${randomUUID()}`;
      const again = await create(coursePayload(branch, { code: first.body.code, title }));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'COURSE_CODE_TAKEN', errors: [{ field: 'code', message: `El código ${first.body.code} ya está registrado` }] });
      expect(await countByTitle(title)).toBe(0);
    });

    it('checks the area, sub-area and competencies against the framework', async () => {
      const title = `Marco ${randomUUID()}`;
      const cases: [Record<string, unknown>, string[]][] = [
        [{ areaId: branch.subAreaId, subAreaId: null }, ['areaId']],
        [{ areaId: branch.retiredAreaId, subAreaId: null }, ['areaId']],
        [{ areaId: randomUUID(), subAreaId: null }, ['areaId']],
        [{ subAreaId: branch.foreignSubAreaId }, ['subAreaId']],
        [{ subAreaId: branch.competencyIds[0] }, ['subAreaId']],
        [{ competencies: [{ competencyId: branch.retiredCompetencyId, level: 1 }] }, ['competencies[0].competencyId']],
        [{ competencies: [{ competencyId: branch.subAreaId, level: 1 }] }, ['competencies[0].competencyId']],
        [
          { competencies: [{ competencyId: branch.competencyIds[0], level: 1 }, { competencyId: branch.competencyIds[0], level: 3 }] },
          ['competencies[1].competencyId'],
        ],
      ];
      for (const [overrides, fields] of cases) {
        const response = await create(coursePayload(branch, { title, ...overrides }));
        expect({ overrides, status: response.status, fields: fieldsOf(response.body) }).toEqual({ overrides, status: 400, fields });
      }
      expect(await countByTitle(title)).toBe(0);
    });

    it('accepts published courses as prerequisites, not drafts, unknown ones or cycles', async () => {
      const basic = (await create(coursePayload(branch, { title: 'Básico' }))).body;
      const draft = (await create(coursePayload(branch, { title: 'Borrador' }))).body;
      const title = `Requisitos ${randomUUID()}`;

      const refused = await create(coursePayload(branch, { title, prerequisiteIds: [draft.id, randomUUID()] }));
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('COURSE_INVALID_PREREQUISITES');
      expect(fieldsOf(refused.body)).toEqual(['prerequisiteIds[0]', 'prerequisiteIds[1]']);
      expect(await countByTitle(title)).toBe(0);

      await published(basic.id);
      const advanced = await create(coursePayload(branch, { title, prerequisiteIds: [basic.id] }));
      expect(advanced.status).toBe(201);
      expect(advanced.body.prerequisites).toEqual([{ id: basic.id, code: basic.code, title: 'Básico' }]);

      // basic → advanced would close a cycle (advanced already needs basic); and no course needs itself.
      await published(advanced.body.id);
      const cycle = await patch(basic.id, { prerequisiteIds: [advanced.body.id] });
      expect(cycle.status).toBe(400);
      expect(cycle.body.errors).toEqual([{ field: 'prerequisiteIds[0]', message: `El curso ${advanced.body.code} ya requiere este curso: sería un ciclo` }]);
      const self = await patch(basic.id, { prerequisiteIds: [basic.id] });
      expect(fieldsOf(self.body)).toEqual(['prerequisiteIds[0]']);
      expect(await ctx.db.query(`SELECT prerequisite_id FROM course_prerequisites WHERE course_id = $1`, [basic.id])).toEqual([]);
    });
  });

  describe('update', () => {
    it('changes fields, replaces competencies and refreshes the search document', async () => {
      const course = (await create(coursePayload(branch))).body;
      const response = await patch(course.id, {
        title: 'Cuencas y riego',
        subAreaId: null,
        competencies: [{ competencyId: branch.competencyIds[1], level: 3 }],
        sdgTargets: ['16.10', '16.6'],
        requiresEndorsement: false,
      });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        title: 'Cuencas y riego',
        subArea: null,
        sdgTargets: ['16.6', '16.10'],
        requiresEndorsement: false,
        competencies: [{ competencyId: branch.competencyIds[1], level: 3 }],
      });
      const [row] = await ctx.db.query(`SELECT search_document FROM courses WHERE id = $1`, [course.id]);
      expect(row.search_document).toContain('dos');
      expect(row.search_document).not.toContain('uno');
      expect(await auditActions(course.id)).toEqual(['course.create', 'course.update']);
    });

    it('refuses emptying a required field and a duplicate code', async () => {
      const course = (await create(coursePayload(branch))).body;
      const other = (await create(coursePayload(branch))).body;
      const nulls = await patch(course.id, { title: null, workloadHours: null });
      expect(nulls.status).toBe(400);
      expect(fieldsOf(nulls.body)).toEqual(['title', 'workloadHours']);
      const taken = await patch(course.id, { code: other.code });
      expect(taken.status).toBe(409);
      expect(fieldsOf(taken.body)).toEqual(['code']);
      const [row] = await ctx.db.query(`SELECT code, title FROM courses WHERE id = $1`, [course.id]);
      expect(row).toEqual({ code: course.code, title: course.title });
    });

    it('keeps the terms people enrolled under once a cohort holds seats', async () => {
      const course = (await create(coursePayload(branch))).body;
      const cohort = await makeCohort(ctx.db, { id: course.id, code: course.code, versionId: course.latestVersion.id });
      // A cohort without seats does not lock the terms.
      expect((await patch(course.id, { workloadHours: 48 })).status).toBe(200);
      await holdSeat(ctx.db, cohort.id);

      const refused = await patch(course.id, {
        title: 'Nuevo título', workloadHours: 60, passingScore: 80, competencies: [{ competencyId: branch.competencyIds[0], level: 3 }],
      });
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('COURSE_TERMS_LOCKED');
      expect(fieldsOf(refused.body)).toEqual(['workloadHours', 'passingScore', 'competencies']);
      const [row] = await ctx.db.query(`SELECT title, workload_hours, passing_score FROM courses WHERE id = $1`, [course.id]);
      expect(row).toEqual({ title: course.title, workload_hours: 48, passing_score: 70 });

      // Unchanged terms and other fields still go through.
      const allowed = await patch(course.id, {
        title: 'Nuevo título', workloadHours: 48, competencies: [{ competencyId: branch.competencyIds[0], level: 2 }],
      });
      expect(allowed.status).toBe(200);
      expect(allowed.body).toMatchObject({ title: 'Nuevo título', termsLocked: true });
    });
  });

  describe('roles and scoping', () => {
    const tag = `Alcance${randomUUID().slice(0, 6)}`;
    let taught: { id: string; code: string; latestVersion: { id: string } };
    let other: { id: string };
    let facilitatorToken: string;

    beforeAll(async () => {
      taught = (await create(coursePayload(branch, { title: `${tag} enseñado` }))).body;
      other = (await create(coursePayload(branch, { title: `${tag} ajeno` }))).body;
      const facilitator = await makeUser(ctx.db, ['facilitator']);
      facilitatorToken = (await login(ctx, facilitator)).token;
      const cohort = await makeCohort(ctx.db, { id: taught.id, code: taught.code, versionId: taught.latestVersion.id });
      await addFacilitator(ctx.db, cohort.id, facilitator.id);
      // A cohort of the other course, taught by someone else.
      const otherCohort = await makeCohort(ctx.db, { id: other.id, code: '', versionId: (await ctx.db.query(`SELECT id FROM course_versions WHERE course_id = $1`, [other.id]))[0].id });
      await addFacilitator(ctx.db, otherCohort.id, (await makeUser(ctx.db, ['facilitator'])).id);
    });

    it('shows a facilitator only the courses of their cohorts, read-only', async () => {
      const list = await ctx.http().get('/api/courses').query({ search: tag }).set(bearer(facilitatorToken));
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(1);
      expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([taught.id]);
      expect((await ctx.http().get(`/api/courses/${taught.id}`).set(bearer(facilitatorToken))).status).toBe(200);
      expect((await ctx.http().get(`/api/courses/${other.id}`).set(bearer(facilitatorToken))).status).toBe(404);
      expect((await ctx.http().get(`/api/courses/${taught.id}/content`).set(bearer(facilitatorToken))).status).toBe(200);
      expect((await ctx.http().get(`/api/courses/${other.id}/content`).set(bearer(facilitatorToken))).status).toBe(404);
      expect((await patch(taught.id, { title: 'Cambiado' }, facilitatorToken)).status).toBe(403);
      expect((await ctx.http().post(`/api/courses/${taught.id}/modules`).set(bearer(facilitatorToken)).send({ title: 'M' })).status).toBe(403);

      const coordinatorList = await ctx.http().get('/api/courses').query({ search: tag }).set(bearer(token));
      expect(coordinatorList.body.items.map((c: { id: string }) => c.id).sort()).toEqual([taught.id, other.id].sort());
    });

    it('refuses participants, managers and liaisons', async () => {
      for (const roles of [['participant'], ['manager'], ['municipal_liaison']] as const) {
        const user = await makeUser(ctx.db, [...roles]);
        const { token: theirs } = await login(ctx, user);
        expect((await ctx.http().get('/api/courses').set(bearer(theirs))).status).toBe(403);
        expect((await ctx.http().get(`/api/courses/${taught.id}`).set(bearer(theirs))).status).toBe(403);
        expect((await create(coursePayload(branch), theirs)).status).toBe(403);
      }
    });
  });

  describe('list', () => {
    it('searches without accents, filters by status and area, and pages', async () => {
      const tag = `Lista${randomUUID().slice(0, 6)}`;
      const draft = (await create(coursePayload(branch, { title: `${tag} Gestión de Riesgos` }))).body;
      const live = (await create(coursePayload(branch, { title: `${tag} Presupuesto participativo` }))).body;
      await published(live.id);
      const list = (query: Record<string, string | number>) => ctx.http().get('/api/courses').query(query).set(bearer(token));

      const all = await list({ search: tag });
      expect(all.body.total).toBe(2);
      expect(all.body.items.map((c: { id: string }) => c.id)).toEqual([draft.id, live.id]);
      expect(all.body.items[0]).toEqual({
        id: draft.id, code: draft.code, title: `${tag} Gestión de Riesgos`, summary: draft.summary,
        area: draft.area, subArea: draft.subArea, modality: 'blended', workloadHours: 40, status: 'draft', publishedAt: null,
        latestVersionNumber: 1, updatedAt: draft.updatedAt,
      });
      expect((await list({ search: `${tag} gestion de riesgo` })).body.items.map((c: { id: string }) => c.id)).toEqual([draft.id]);
      expect((await list({ search: live.code.toLowerCase() })).body.items.map((c: { id: string }) => c.id)).toEqual([live.id]);
      expect((await list({ search: tag, status: 'published' })).body.items.map((c: { id: string }) => c.id)).toEqual([live.id]);
      expect((await list({ search: tag, areaId: branch.retiredAreaId })).body.total).toBe(0);
      expect((await list({ search: tag, areaId: branch.areaId })).body.total).toBe(2);
      const page2 = await list({ search: tag, page: 2, pageSize: 1 });
      expect(page2.body).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(page2.body.items.map((c: { id: string }) => c.id)).toEqual([live.id]);
      const bad = await list({ status: 'deleted', pageSize: 1000 });
      expect(bad.status).toBe(400);
      expect(fieldsOf(bad.body).sort()).toEqual(['pageSize', 'status']);
    });
  });

  describe('publish and archive', () => {
    it('refuses to publish without content (422 listing what is missing), then publishes, archives and republishes', async () => {
      const course = (await create(coursePayload(branch))).body;
      const publish = () => ctx.http().post(`/api/courses/${course.id}/publish`).set(bearer(token));
      const archive = () => ctx.http().post(`/api/courses/${course.id}/archive`).set(bearer(token));

      const empty = await publish();
      expect(empty.status).toBe(422);
      expect(empty.body).toMatchObject({ code: 'COURSE_NOT_PUBLISHABLE', errors: [{ field: 'modules', message: 'El contenido no tiene módulos' }] });

      const moduleId = await apiAddModule(ctx, token, course.id, 'Introducción');
      const second = await apiAddModule(ctx, token, course.id, 'Vacío');
      await apiAddActivity(ctx, token, moduleId, { kind: 'video', title: 'Bienvenida' });
      await apiAddActivity(ctx, token, moduleId, { kind: 'file', title: 'Lectura' });
      await apiAddActivity(ctx, token, moduleId, { kind: 'quiz', title: 'Diagnóstico' });
      const incomplete = await publish();
      expect(incomplete.status).toBe(422);
      expect(incomplete.body.errors).toEqual([
        { field: 'modules[0].activities[0].videoUrl', message: 'El video «Bienvenida» no tiene enlace' },
        { field: 'modules[0].activities[1].file', message: 'La actividad «Lectura» no tiene su archivo' },
        { field: 'modules[0].activities[2].questions', message: 'El cuestionario «Diagnóstico» no tiene preguntas' },
        { field: 'modules[1].activities', message: 'El módulo «Vacío» no tiene actividades' },
      ]);
      expect((await ctx.db.query(`SELECT status FROM courses WHERE id = $1`, [course.id]))[0].status).toBe('draft');

      // Keep only a complete page.
      for (const activity of (await ctx.http().get(`/api/courses/${course.id}/content`).set(bearer(token))).body.modules[0].activities) {
        expect((await ctx.http().delete(`/api/course-activities/${activity.id}`).set(bearer(token))).status).toBe(204);
      }
      expect((await ctx.http().delete(`/api/course-modules/${second}`).set(bearer(token))).status).toBe(204);
      await apiAddActivity(ctx, token, moduleId, { kind: 'page', title: 'Presentación', body: 'Hola' });

      const ok = await publish();
      expect(ok.status).toBe(200);
      expect(ok.body).toMatchObject({ status: 'published', archivedAt: null });
      expect(ok.body.publishedAt).toEqual(expect.any(String));
      const twice = await publish();
      expect(twice.status).toBe(409);
      expect(twice.body).toMatchObject({ code: 'COURSE_INVALID_STATUS_CHANGE', errors: [{ field: 'status', message: 'El curso ya está publicado' }] });

      const archived = await archive();
      expect(archived.status).toBe(200);
      expect(archived.body).toMatchObject({ status: 'archived', archivedAt: expect.any(String) });
      expect((await archive()).status).toBe(409);
      const again = await publish();
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ status: 'published', archivedAt: null });
      expect((await auditActions(course.id)).filter((a) => a.startsWith('course.') && !a.includes('module') && !a.includes('activity'))).toEqual([
        'course.create', 'course.publish', 'course.archive', 'course.publish',
      ]);
    });

    it('refuses archiving a draft', async () => {
      const course = (await create(coursePayload(branch))).body;
      const response = await ctx.http().post(`/api/courses/${course.id}/archive`).set(bearer(token));
      expect(response.status).toBe(409);
      expect(fieldsOf(response.body)).toEqual(['status']);
    });
  });
});
