import { createTestApp, ensureDefaultFramework, frameworkItemId, login, makeCohort, makeCourse, makeUser } from '../support/test-app';
import type { MadeCourse, TestContext } from '../support/test-app';
import {
  addFacilitator,
  addModule,
  addPrerequisite,
  addSession,
  addVersion,
  enrol,
  grantCompetencies,
  laPazDay,
  setDescription,
  uniqueWord,
  useVersion,
} from '../support/catalogue';

interface Item {
  id: string;
  title: string;
  nextCohort: { id: string; startsOn: string; seatsLeft: number; enrolmentOpen: boolean } | null;
  openCohortCount: number;
  headline: { text: string; highlights: { start: number; length: number }[] } | null;
}

const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe('catalogue (real PostgreSQL)', () => {
  let ctx: TestContext;
  let token: string;
  const bearer = () => ({ Authorization: `Bearer ${token}` });

  const search = async (query: Record<string, string | number | boolean>) => {
    const response = await ctx.http().get('/api/catalogue/courses').query({ pageSize: 50, ...query }).set(bearer());
    expect(response.status).toBe(200);
    return response.body as { items: Item[]; total: number; page: number; pageSize: number };
  };
  const ids = async (query: Record<string, string | number | boolean>) => (await search(query)).items.map((item) => item.id);

  beforeAll(async () => {
    ctx = await createTestApp();
    await ensureDefaultFramework(ctx.db);
    const participant = await makeUser(ctx.db, ['participant']);
    token = (await login(ctx, participant)).token;
  });
  afterAll(() => ctx.close());

  describe('Spanish full-text search', () => {
    const tag = uniqueWord();
    let titled: MadeCourse;
    let described: MadeCourse;
    let draft: MadeCourse;
    let archived: MadeCourse;

    beforeAll(async () => {
      titled = await makeCourse(ctx.db, { title: `Gestión de Riesgos de Desastres ${tag}`, summary: 'Mapas y planes municipales' });
      described = await makeCourse(ctx.db, { title: `Planificación municipal ${tag}`, areaCode: 'A02', subAreaCode: 'A02.1' });
      await setDescription(ctx.db, described.id, `## Contenido\n\nEl plan incorpora la **gestión de riesgos** del territorio.`);
      draft = await makeCourse(ctx.db, { title: `Gestión de Riesgos de Desastres (borrador) ${tag}`, status: 'draft' });
      archived = await makeCourse(ctx.db, { title: `Gestión de Riesgos de Desastres 2019 ${tag}`, status: 'archived' });
      for (const course of [titled, described, draft, archived]) await makeCohort(ctx.db, course);
    });

    it('finds "gestion de riesgo" without accents, in the singular, ranking a title above a description', async () => {
      const found = await ids({ q: 'gestion de riesgo' });
      expect(found).toContain(titled.id);
      expect(found).toContain(described.id);
      expect(found.indexOf(titled.id)).toBeLessThan(found.indexOf(described.id));
      expect(found).not.toContain(draft.id);
      expect(found).not.toContain(archived.id);

      expect(await ids({ q: `gestion de riesgo ${tag}` })).toEqual([titled.id, described.id]);
      expect(await ids({ q: `GESTIÓN DE RIESGOS ${tag}` })).toEqual([titled.id, described.id]);
    });

    it('completes the last word typed', async () => {
      expect(await ids({ q: `${tag} gestion de ries` })).toEqual([titled.id, described.id]);
      expect(await ids({ q: `${tag} desas` })).toEqual([titled.id]);
      // Web-search syntax still works: an excluded word.
      expect(await ids({ q: `${tag} riesgos -desastres` })).toEqual([described.id]);
    });

    it('returns a snippet of the description with the words found, as text and ranges', async () => {
      const { items } = await search({ q: `gestion de riesgo ${tag}` });
      const headline = items.find((item) => item.id === described.id)?.headline;
      expect(headline).not.toBeNull();
      expect(headline!.text).toContain('El plan incorpora la gestión de riesgos del territorio');
      expect(headline!.text).not.toMatch(/[*#\u0002\u0003]/);
      const marked = headline!.highlights.map(({ start, length }) => headline!.text.slice(start, start + length));
      expect(marked).toEqual(expect.arrayContaining(['gestión', 'riesgos']));
    });

    it('never shows a draft or archived course, in the list or by id', async () => {
      expect(await ids({ q: tag, open: false })).toEqual(expect.not.arrayContaining([draft.id, archived.id]));
      for (const hidden of [draft, archived]) {
        const response = await ctx.http().get(`/api/catalogue/courses/${hidden.id}`).set(bearer());
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('CATALOGUE_COURSE_NOT_FOUND');
      }
      expect((await ctx.http().get(`/api/catalogue/courses/${titled.id}`).set(bearer())).status).toBe(200);
    });

    it('finds a course by the names of the competencies it grants', async () => {
      await grantCompetencies(ctx.db, titled.id, [['A08.2.1', 2]]); // "Elabora mapas de riesgo y planes de contingencia"
      expect(await ids({ q: `contingencias ${tag}` })).toEqual([titled.id]);
    });

    it('treats injection attempts as plain words', async () => {
      const [{ before }] = await ctx.db.query(`SELECT count(*)::int AS before FROM courses`);
      for (const q of [
        "'; DROP TABLE courses; --",
        "riesgo' OR 1=1 --",
        `${tag}') | (x:*`,
        `${tag}'; DROP TABLE courses; --`,
        '!:*&|()<->\\',
        '"',
        'de la',
        '$1',
      ]) {
        const response = await ctx.http().get('/api/catalogue/courses').query({ q, open: false }).set(bearer());
        expect(response.status).toBe(200);
        expect(response.body.items.map((item: Item) => item.id)).not.toContain(draft.id);
      }
      // Operators around a real word leave the word.
      for (const q of [`${tag}'`, `(${tag}`, `${tag}:*`, `!${tag}&`]) {
        expect(await ids({ q, open: false })).toEqual([titled.id, described.id]);
      }
      const [{ after }] = await ctx.db.query(`SELECT count(*)::int AS after FROM courses`);
      expect(after).toBe(before);
    });
  });

  describe('filters', () => {
    const tag = uniqueWord();
    let a: MadeCourse; // A08 / A08.2, blended, open cohort in 30–60 days
    let b: MadeCourse; // A03 / A03.1, online, open cohort in 90–120 days
    let c: MadeCourse; // A08 / A08.1, in person, only an upcoming cohort (window opens in 10 days)
    let d: MadeCourse; // A01 / A01.2, blended, no cohorts
    let e: MadeCourse; // A08 / A08.2, in person, a cancelled cohort with its window open and a closed one
    let aCohort: string;
    let eCancelled: string;

    beforeAll(async () => {
      a = await makeCourse(ctx.db, { title: `${tag} Alfa`, areaCode: 'A08', subAreaCode: 'A08.2', modality: 'blended', sdgTargets: ['11.5', '13.1'] });
      b = await makeCourse(ctx.db, { title: `${tag} Beta`, areaCode: 'A03', subAreaCode: 'A03.1', modality: 'online', sdgTargets: ['16.6'] });
      c = await makeCourse(ctx.db, { title: `${tag} Gamma`, areaCode: 'A08', subAreaCode: 'A08.1', modality: 'in_person', sdgTargets: ['11.3'] });
      d = await makeCourse(ctx.db, { title: `${tag} Delta`, areaCode: 'A01', subAreaCode: 'A01.2', modality: 'blended', sdgTargets: ['1.4'] });
      e = await makeCourse(ctx.db, { title: `${tag} Épsilon`, areaCode: 'A08', subAreaCode: 'A08.2', modality: 'in_person', sdgTargets: ['11.5'] });
      aCohort = (await makeCohort(ctx.db, a, { startsOn: laPazDay(30), endsOn: laPazDay(60), capacity: 25, venue: 'Aula EGM 1, Edificio Tobías' })).id;
      await makeCohort(ctx.db, b, { startsOn: laPazDay(90), endsOn: laPazDay(120), modality: 'online', venue: 'Plataforma virtual' });
      await makeCohort(ctx.db, c, { startsOn: laPazDay(40), endsOn: laPazDay(70), enrolmentOpensOn: laPazDay(10), enrolmentClosesOn: laPazDay(20) });
      eCancelled = (await makeCohort(ctx.db, e, { status: 'cancelled' })).id;
      await makeCohort(ctx.db, e, { status: 'closed', startsOn: laPazDay(-90), endsOn: laPazDay(-30), enrolmentOpensOn: laPazDay(-120), enrolmentClosesOn: laPazDay(-100) });
    });

    it('lists by default only courses open for enrolment today, with their next cohort', async () => {
      const page = await search({ q: tag });
      expect(page.items.map((item) => item.id)).toEqual([a.id, b.id]);
      expect(page.total).toBe(2);
      const first = page.items[0] as unknown as Record<string, unknown>;
      expect(first).toMatchObject({
        id: a.id,
        code: a.code,
        modality: 'blended',
        workloadHours: 40,
        certificateKind: 'approval',
        sdgTargets: ['11.5', '13.1'],
        competencyCount: 0,
        openCohortCount: 1,
        area: { id: await frameworkItemId(ctx.db, 'A08'), code: 'A08', name: 'Medio ambiente y gestión de riesgos' },
        subArea: { id: await frameworkItemId(ctx.db, 'A08.2'), code: 'A08.2', name: 'Gestión de riesgos de desastres' },
      });
      expect(first.nextCohort).toEqual({
        id: aCohort,
        label: `${laPazDay(30).slice(0, 4)} · V1 · A`,
        startsOn: laPazDay(30),
        endsOn: laPazDay(60),
        enrolmentOpensOn: laPazDay(-1),
        enrolmentClosesOn: laPazDay(20),
        capacity: 25,
        seatsLeft: 25,
        modality: 'blended',
        venue: 'Aula EGM 1, Edificio Tobías',
        enrolmentOpen: true,
      });
    });

    it('with open=false also lists upcoming courses and those without cohorts, ordered by next cohort date', async () => {
      const page = await search({ q: tag, open: false });
      expect(page.items.map((item) => item.id)).toEqual([a.id, c.id, b.id, d.id, e.id]);
      const byId = new Map(page.items.map((item) => [item.id, item]));
      expect(byId.get(c.id)?.nextCohort).toMatchObject({ startsOn: laPazDay(40), enrolmentOpen: false });
      expect(byId.get(d.id)?.nextCohort).toBeNull();
      // Cancelled and closed cohorts do not count: no next cohort, no open cohort.
      expect(byId.get(e.id)?.nextCohort).toBeNull();
      expect(byId.get(e.id)?.openCohortCount).toBe(0);
      expect(eCancelled).toBeTruthy();
    });

    it('filters by area, sub-area and modality', async () => {
      expect(await ids({ q: tag, open: false, areaId: await frameworkItemId(ctx.db, 'A08') })).toEqual([a.id, c.id, e.id]);
      expect(await ids({ q: tag, open: false, subAreaId: await frameworkItemId(ctx.db, 'A08.2') })).toEqual([a.id, e.id]);
      expect(await ids({ q: tag, areaId: await frameworkItemId(ctx.db, 'A08') })).toEqual([a.id]);
      expect(await ids({ q: tag, open: false, modality: 'blended' })).toEqual([a.id, d.id]);
      expect(await ids({ q: tag, modality: 'online' })).toEqual([b.id]);
    });

    it('filters by cohort dates overlapping a range', async () => {
      expect(await ids({ q: tag, open: false, from: laPazDay(35), to: laPazDay(50) })).toEqual([a.id, c.id]);
      expect(await ids({ q: tag, from: laPazDay(35), to: laPazDay(50) })).toEqual([a.id]);
      expect(await ids({ q: tag, open: false, from: laPazDay(61) })).toEqual([c.id, b.id]);
      expect(await ids({ q: tag, open: false, to: laPazDay(29) })).toEqual([]);
      expect(await ids({ q: tag, open: false, from: laPazDay(120), to: laPazDay(120) })).toEqual([b.id]);
    });

    it('filters by ODS target or whole goal', async () => {
      expect(await ids({ q: tag, open: false, sdg: '11.5' })).toEqual([a.id, e.id]);
      expect(await ids({ q: tag, open: false, sdg: '11' })).toEqual([a.id, c.id, e.id]);
      expect(await ids({ q: tag, open: false, sdg: '1' })).toEqual([d.id]);
      expect(await ids({ q: tag, open: false, sdg: '16' })).toEqual([b.id]);
      expect(await ids({ q: tag, open: false, sdg: '13.1' })).toEqual([a.id]);
      expect(await ids({ q: tag, open: false, areaId: await frameworkItemId(ctx.db, 'A08'), sdg: '11.3' })).toEqual([c.id]);
    });

    it('pages the results and keeps the total', async () => {
      const first = await search({ q: tag, open: false, pageSize: 2, page: 1 });
      const third = await search({ q: tag, open: false, pageSize: 2, page: 3 });
      const beyond = await search({ q: tag, open: false, pageSize: 2, page: 9 });
      expect(first.items.map((item) => item.id)).toEqual([a.id, c.id]);
      expect(third.items.map((item) => item.id)).toEqual([e.id]);
      expect([first.total, third.total, beyond.total]).toEqual([5, 5, 5]);
      expect(beyond.items).toEqual([]);
    });

    it('counts as taken only the places of enrolments that hold one', async () => {
      const statuses = ['enrolled', 'in_progress', 'passed', 'requested', 'endorsed', 'waitlisted', 'withdrawn', 'rejected'];
      for (const status of statuses) await enrol(ctx.db, aCohort, (await makeUser(ctx.db, ['participant'])).id, status);
      const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1`, [aCohort]);
      expect(n).toBe(statuses.length);
      const item = (await search({ q: tag })).items.find((i) => i.id === a.id);
      expect(item?.nextCohort?.seatsLeft).toBe(25 - 3);
      const detail = await ctx.http().get(`/api/catalogue/courses/${a.id}`).set(bearer());
      expect(detail.body.cohorts.map((cohort: { id: string; seatsLeft: number }) => [cohort.id, cohort.seatsLeft])).toEqual([[aCohort, 22]]);
    });

    it('names each bad filter', async () => {
      const cases: [Record<string, string>, string][] = [
        [{ areaId: 'no-es-uuid' }, 'areaId'],
        [{ subAreaId: '123' }, 'subAreaId'],
        [{ modality: 'hybrid' }, 'modality'],
        [{ from: '2026-02-30' }, 'from'],
        [{ to: 'mañana' }, 'to'],
        [{ sdg: '18' }, 'sdg'],
        [{ sdg: '11.3;' }, 'sdg'],
        [{ open: 'quizas' }, 'open'],
        [{ pageSize: '500' }, 'pageSize'],
        [{ q: 'x'.repeat(201) }, 'q'],
        [{ from: laPazDay(10), to: laPazDay(5) }, 'to'],
        [{ desconocido: '1' }, 'desconocido'],
      ];
      for (const [query, field] of cases) {
        const response = await ctx.http().get('/api/catalogue/courses').query(query).set(bearer());
        expect({ query, status: response.status }).toEqual({ query, status: 400 });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(fields(response.body)).toContain(field);
      }
      // Empty values are no filter at all (as a form sends them).
      expect(await ids({ q: tag, areaId: '', subAreaId: '', modality: '', from: '', to: '', sdg: '' })).toEqual([a.id, b.id]);
    });
  });

  describe('course page', () => {
    const tag = uniqueWord();
    let course: MadeCourse;
    let prerequisite: MadeCourse;
    let hiddenPrerequisite: MadeCourse;
    let open: string;
    let upcoming: string;

    beforeAll(async () => {
      course = await makeCourse(ctx.db, { title: `Curso completo ${tag}`, summary: 'Resumen para decidir', sdgTargets: ['11.5', '13.1'] });
      await setDescription(ctx.db, course.id, '## Objetivo\n\nTexto en **negrita** <script>alert(1)</script> [enlace](javascript:alert(1))');
      await grantCompetencies(ctx.db, course.id, [
        ['A08.2.1', 3],
        ['A08.2.2', 1],
      ]);
      prerequisite = await makeCourse(ctx.db, { title: `Requisito ${tag}` });
      hiddenPrerequisite = await makeCourse(ctx.db, { title: `Requisito retirado ${tag}`, status: 'archived' });
      await addPrerequisite(ctx.db, course.id, prerequisite.id);
      await addPrerequisite(ctx.db, course.id, hiddenPrerequisite.id);

      await addModule(ctx.db, course.versionId, {
        position: 1,
        title: 'Módulo uno',
        quiz: [
          { kind: 'single_choice', prompt: '¿Qué ley?', options: [{ id: 'o1', text: 'RespuestaSecretaUno', correct: true }, { id: 'o2', text: 'Otra', correct: false }] },
          { kind: 'true_false', prompt: '¿Cierto?', options: [{ id: 't', text: 'Verdadero', correct: true }, { id: 'f', text: 'Falso', correct: false }] },
          { kind: 'short_answer', prompt: 'Sigla', acceptedAnswers: ['RespuestaSecretaDos'] },
        ],
      });
      await addModule(ctx.db, course.versionId, { position: 2, title: 'Módulo dos' });
      const second = await addVersion(ctx.db, course.id, 2);
      await addModule(ctx.db, second, { position: 1, title: 'Borrador de la versión 2' });

      const facilitator = await makeUser(ctx.db, ['facilitator']);
      await ctx.db.query(`UPDATE users SET first_names = 'Lucía', last_names = $2 WHERE id = $1`, [facilitator.id, `Quispe ${tag}`]);
      upcoming = (await makeCohort(ctx.db, course, {
        startsOn: laPazDay(80), endsOn: laPazDay(110), enrolmentOpensOn: laPazDay(40), enrolmentClosesOn: laPazDay(60), modality: 'online', venue: 'Plataforma virtual',
      })).id;
      await useVersion(ctx.db, upcoming, second);
      open = (await makeCohort(ctx.db, course, { startsOn: laPazDay(20), endsOn: laPazDay(50), capacity: 30 })).id;
      await addFacilitator(ctx.db, open, facilitator.id);
      await addSession(ctx.db, open, { startsAt: `${laPazDay(21)}T22:30:00Z`, endsAt: `${laPazDay(22)}T01:00:00Z`, title: 'Sesión 1' });
      await addSession(ctx.db, open, { startsAt: `${laPazDay(23)}T22:30:00Z`, endsAt: `${laPazDay(24)}T01:00:00Z`, title: 'Salida de campo', venue: 'Ladera oeste' });
      // Not shown: cancelled, closed, and a scheduled one already over.
      await makeCohort(ctx.db, course, { status: 'cancelled' });
      await makeCohort(ctx.db, course, { status: 'closed', startsOn: laPazDay(-60), endsOn: laPazDay(-10), enrolmentOpensOn: laPazDay(-90), enrolmentClosesOn: laPazDay(-70) });
      await makeCohort(ctx.db, course, { startsOn: laPazDay(-40), endsOn: laPazDay(-1), enrolmentOpensOn: laPazDay(-70), enrolmentClosesOn: laPazDay(-50) });
    });

    it('shows everything a person needs to decide', async () => {
      const response = await ctx.http().get(`/api/catalogue/courses/${course.id}`).set(bearer());
      expect(response.status).toBe(200);
      const body = response.body;
      expect(body).toMatchObject({
        id: course.id,
        code: course.code,
        title: `Curso completo ${tag}`,
        summary: 'Resumen para decidir',
        modality: 'blended',
        workloadHours: 40,
        passingScore: 70,
        minAttendance: 80,
        attendanceRequired: true,
        certificateKind: 'approval',
        requiresEndorsement: true,
        sdgTargets: ['11.5', '13.1'],
        area: { code: 'A08' },
        subArea: { code: 'A08.2' },
      });
      expect(body.competencies).toEqual([
        { id: await frameworkItemId(ctx.db, 'A08.2.1'), code: 'A08.2.1', name: 'Elabora mapas de riesgo y planes de contingencia', level: 3 },
        { id: await frameworkItemId(ctx.db, 'A08.2.2'), code: 'A08.2.2', name: 'Coordina la respuesta a emergencias y desastres', level: 1 },
      ]);
      expect(body.prerequisites).toEqual([
        { id: prerequisite.id, code: prerequisite.code, title: `Requisito ${tag}`, inCatalogue: true },
        { id: hiddenPrerequisite.id, code: hiddenPrerequisite.code, title: `Requisito retirado ${tag}`, inCatalogue: false },
      ].sort((x, y) => x.code.localeCompare(y.code)));
    });

    it('renders the description as safe HTML', async () => {
      const { body } = await ctx.http().get(`/api/catalogue/courses/${course.id}`).set(bearer());
      expect(body.descriptionHtml).toContain('<h2>Objetivo</h2>');
      expect(body.descriptionHtml).toContain('<strong>negrita</strong>');
      expect(body.descriptionHtml).toContain('&lt;script&gt;');
      expect(body.descriptionHtml).not.toContain('<script');
      expect(body.descriptionHtml).not.toContain('href="javascript:');
    });

    it('lists open and upcoming cohorts with facilitators, sessions and a calendar link', async () => {
      const { body } = await ctx.http().get(`/api/catalogue/courses/${course.id}`).set(bearer());
      expect(body.cohorts.map((cohort: { id: string }) => cohort.id)).toEqual([open, upcoming]);
      expect(body.cohorts[0]).toEqual({
        id: open,
        label: expect.stringMatching(new RegExp(`^${laPazDay(20).slice(0, 4)} · V\\d+ · A$`)),
        startsOn: laPazDay(20),
        endsOn: laPazDay(50),
        enrolmentOpensOn: laPazDay(-1),
        enrolmentClosesOn: laPazDay(20),
        capacity: 30,
        seatsLeft: 30,
        modality: 'blended',
        venue: 'Aula EGM 1',
        enrolmentOpen: true,
        facilitators: [`Lucía Quispe ${tag}`],
        sessions: [
          { startsAt: `${laPazDay(21)}T22:30:00.000Z`, endsAt: `${laPazDay(22)}T01:00:00.000Z`, title: 'Sesión 1', venue: null },
          { startsAt: `${laPazDay(23)}T22:30:00.000Z`, endsAt: `${laPazDay(24)}T01:00:00.000Z`, title: 'Salida de campo', venue: 'Ladera oeste' },
        ],
        icsUrl: `/api/public/cohorts/${open}/calendar.ics`,
      });
      expect(body.cohorts[1]).toMatchObject({ id: upcoming, enrolmentOpen: false, modality: 'online', facilitators: [], sessions: [] });
    });

    it('outlines the content of the open cohort’s version, without quiz answers', async () => {
      const response = await ctx.http().get(`/api/catalogue/courses/${course.id}`).set(bearer());
      expect(response.body.outline).toEqual({
        versionNumber: 1,
        modules: [
          {
            position: 1,
            title: 'Módulo uno',
            summary: 'Resumen del módulo',
            activities: [
              { title: 'Lectura', kind: 'page', required: true, estimatedMinutes: 30, questionCount: null },
              { title: 'Video de apoyo', kind: 'video', required: false, estimatedMinutes: 10, questionCount: null },
              { title: 'Evaluación', kind: 'quiz', required: true, estimatedMinutes: 20, questionCount: 3 },
            ],
          },
          {
            position: 2,
            title: 'Módulo dos',
            summary: 'Resumen del módulo',
            activities: [
              { title: 'Lectura', kind: 'page', required: true, estimatedMinutes: 30, questionCount: null },
              { title: 'Video de apoyo', kind: 'video', required: false, estimatedMinutes: 10, questionCount: null },
            ],
          },
        ],
      });
      for (const secret of ['RespuestaSecreta', '"correct"', 'acceptedAnswers', '¿Qué ley?', 'youtube']) {
        expect(response.text).not.toContain(secret);
      }
    });

    it('outlines the next cohort’s version when none is open', async () => {
      await ctx.db.query(`UPDATE cohorts SET enrolment_opens_on = $2 WHERE id = $1`, [open, laPazDay(5)]);
      try {
        const { body } = await ctx.http().get(`/api/catalogue/courses/${course.id}`).set(bearer());
        expect(body.cohorts.every((cohort: { enrolmentOpen: boolean }) => !cohort.enrolmentOpen)).toBe(true);
        // The next cohort starts in 20 days and uses version 1.
        expect(body.outline.versionNumber).toBe(1);
        await ctx.db.query(`UPDATE cohorts SET status = 'cancelled' WHERE id = $1`, [open]);
        const later = await ctx.http().get(`/api/catalogue/courses/${course.id}`).set(bearer());
        expect(later.body.outline.versionNumber).toBe(2);
        expect(later.body.outline.modules.map((m: { title: string }) => m.title)).toEqual(['Borrador de la versión 2']);
      } finally {
        await ctx.db.query(`UPDATE cohorts SET enrolment_opens_on = $2, status = 'scheduled' WHERE id = $1`, [open, laPazDay(-1)]);
      }
    });

    it('says attendance does not count for an online course', async () => {
      const online = await makeCourse(ctx.db, { title: `Virtual ${tag}`, modality: 'online' });
      const { body } = await ctx.http().get(`/api/catalogue/courses/${online.id}`).set(bearer());
      expect(body).toMatchObject({ modality: 'online', attendanceRequired: false, outline: null, cohorts: [], competencies: [], prerequisites: [] });
    });

    it('answers 400 for a bad id and 404 for an unknown one', async () => {
      const bad = await ctx.http().get('/api/catalogue/courses/no-es-uuid').set(bearer());
      expect(bad.status).toBe(400);
      const unknown = await ctx.http().get('/api/catalogue/courses/00000000-0000-4000-8000-000000000000').set(bearer());
      expect(unknown.status).toBe(404);
    });
  });

  describe('access', () => {
    it('is for signed-in people of any role, and nobody else', async () => {
      const course = await makeCourse(ctx.db, { title: `Acceso ${uniqueWord()}` });
      expect((await ctx.http().get('/api/catalogue/courses')).status).toBe(401);
      expect((await ctx.http().get(`/api/catalogue/courses/${course.id}`)).status).toBe(401);
      for (const roles of [['participant'], ['municipal_liaison'], ['coordinator'], ['manager']] as const) {
        const user = await makeUser(ctx.db, [...roles]);
        const { token: own } = await login(ctx, user);
        expect((await ctx.http().get('/api/catalogue/courses').set({ Authorization: `Bearer ${own}` })).status).toBe(200);
        expect((await ctx.http().get(`/api/catalogue/courses/${course.id}`).set({ Authorization: `Bearer ${own}` })).status).toBe(200);
      }
    });
  });
});
