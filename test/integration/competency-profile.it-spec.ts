import { randomUUID } from 'node:crypto';
import { countRows } from '../support/cohorts';
import { makeFrameworkBranch } from '../support/courses';
import type { FrameworkBranch } from '../support/courses';
import { makeLearner, makeLearningCourse } from '../support/learning';
import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const fields = (body: { errors?: { field: string }[] }) => [...new Set((body.errors ?? []).map((e) => e.field))];

describe('competency profiles and manual recognition (real PostgreSQL)', () => {
  let ctx: TestContext;
  let branch: FrameworkBranch;
  let municipalityId: string;
  let person: MadeUser;
  let coordinator: MadeUser;
  let coordinatorToken: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    branch = await makeFrameworkBranch(ctx.db);
    municipalityId = (await makeMunicipality(ctx.db)).id;
    coordinator = await makeUser(ctx.db, ['coordinator']);
    coordinatorToken = (await login(ctx, coordinator)).token;
    // Evidence from a passed course (level 2 of both competencies) …
    const course = await makeLearningCourse(ctx.db, { competencyIds: branch.competencyIds });
    const learner = await makeLearner(ctx.db, course.cohortId, 'passed', { municipalityId });
    person = learner;
    for (const competencyId of branch.competencyIds) {
      await ctx.db.query(
        `INSERT INTO competency_records (user_id, competency_id, level, source, enrolment_id, awarded_on, note) VALUES ($1, $2, 2, 'course', $3, '2026-03-01', 'Curso aprobado')`,
        [learner.id, competencyId, learner.enrolmentId],
      );
    }
    // … and an older, lower one of the first competency from an internship.
    await ctx.db.query(
      `INSERT INTO competency_records (user_id, competency_id, level, source, awarded_on) VALUES ($1, $2, 1, 'internship', '2025-06-01')`,
      [learner.id, branch.competencyIds[0]],
    );
  });
  afterAll(() => ctx.close());

  const recognise = (userId: string, body: Record<string, unknown>, token = coordinatorToken) =>
    ctx.http().post(`/api/users/${userId}/competency-records`).set(bearer(token)).send(body);

  it('shows a participant their own profile: the highest level per competency, with area and sub-area, and the evidence', async () => {
    const token = (await login(ctx, person)).token;
    const response = await ctx.http().get('/api/competency-profile/me').set(bearer(token));
    expect(response.status).toBe(200);
    expect(response.body.person.id).toBe(person.id);
    expect(response.body.competencies).toEqual([
      expect.objectContaining({
        competency: expect.objectContaining({ id: branch.competencyIds[0], code: `${branch.areaCode}.1.1` }),
        subArea: expect.objectContaining({ id: branch.subAreaId }),
        area: expect.objectContaining({ id: branch.areaId, code: branch.areaCode }),
        level: 2, evidenceCount: 2, lastAwardedOn: '2026-03-01', retired: false,
      }),
      expect.objectContaining({ competency: expect.objectContaining({ id: branch.competencyIds[1] }), level: 2, evidenceCount: 1 }),
    ]);
    expect(response.body.records).toHaveLength(3);
    expect(response.body.records[0]).toMatchObject({ source: 'course', level: 2, course: { code: expect.any(String) }, cohort: { label: expect.any(String) } });
    expect(response.body.records[2]).toMatchObject({ source: 'internship', level: 1, course: null, cohort: null, awardedOn: '2025-06-01' });
    // Someone else's profile is not under /me; other roles use the users route.
    const other = await makeUser(ctx.db, ['participant']);
    const empty = await ctx.http().get('/api/competency-profile/me').set(bearer((await login(ctx, other)).token));
    expect(empty.body).toMatchObject({ person: { id: other.id }, competencies: [], records: [] });
    expect((await ctx.http().get(`/api/users/${person.id}/competency-profile`).set(bearer(token))).status).toBe(403);
  });

  it('a coordinator recognises a competency by hand: the note is required, retired or unknown competencies are refused by name', async () => {
    const before = await countRows(ctx.db, 'competency_records WHERE user_id = $1', [person.id]);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ competencyId: branch.competencyIds[0], level: 3 }, ['note']],
      [{ competencyId: branch.competencyIds[0], level: 3, note: '   ' }, ['note']],
      [{ competencyId: branch.retiredCompetencyId, level: 3, note: 'Experiencia' }, ['competencyId']],
      [{ competencyId: randomUUID(), level: 3, note: 'Experiencia' }, ['competencyId']],
      [{ competencyId: branch.areaId, level: 3, note: 'Experiencia' }, ['competencyId']],
      [{ competencyId: branch.competencyIds[0], level: 4, note: 'Experiencia' }, ['level']],
      [{ competencyId: branch.competencyIds[0], level: 3, note: 'Experiencia', evidenceUrl: 'javascript:alert(1)' }, ['evidenceUrl']],
      [{ competencyId: branch.competencyIds[0], level: 3, note: 'Experiencia', awardedOn: '2999-01-01' }, ['awardedOn']],
    ];
    for (const [body, expected] of cases) {
      const response = await recognise(person.id, body);
      expect({ body, status: response.status, fields: fields(response.body) }).toEqual({ body, status: 400, fields: expected });
    }
    expect(await countRows(ctx.db, 'competency_records WHERE user_id = $1', [person.id])).toBe(before);

    const created = await recognise(person.id, {
      competencyId: branch.competencyIds[0], level: 3, note: '  Lideró el plan de cuencas de su municipio  ', evidenceUrl: 'https://egm.lapaz.bo/evidencia/1',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      source: 'manual', level: 3, note: 'Lideró el plan de cuencas de su municipio', evidenceUrl: 'https://egm.lapaz.bo/evidencia/1',
      awardedBy: { id: coordinator.id }, course: null, competency: { id: branch.competencyIds[0] },
    });
    const audit = await ctx.db.query(`SELECT actor_id, action FROM audit_log WHERE entity_id = $1`, [created.body.id]);
    expect(audit).toEqual([{ actor_id: coordinator.id, action: 'competency_record.create' }]);
    expect(await countRows(ctx.db, `notifications WHERE user_id = $1 AND kind = 'competency.recognised'`, [person.id])).toBe(1);

    const profile = await ctx.http().get(`/api/users/${person.id}/competency-profile`).set(bearer(coordinatorToken));
    expect(profile.body.competencies[0]).toMatchObject({ competency: { id: branch.competencyIds[0] }, level: 3, evidenceCount: 3 });

    // Only coordinators and admins recognise; an unknown person is not found.
    const manager = (await login(ctx, await makeUser(ctx.db, ['manager']))).token;
    expect((await recognise(person.id, { competencyId: branch.competencyIds[1], level: 1, note: 'x' }, manager)).status).toBe(403);
    expect((await recognise(person.id, { competencyId: branch.competencyIds[1], level: 1, note: 'x' }, (await login(ctx, person)).token)).status).toBe(403);
    expect((await recognise(randomUUID(), { competencyId: branch.competencyIds[1], level: 1, note: 'x' })).status).toBe(404);
    expect((await ctx.http().get(`/api/users/${person.id}/competency-profile`).set(bearer(manager))).status).toBe(200);
  });

  it('a municipal liaison sees the profiles of their municipality\'s people only', async () => {
    const liaison = await makeUser(ctx.db, ['municipal_liaison'], { municipalityId });
    const token = (await login(ctx, liaison)).token;
    const own = await ctx.http().get(`/api/users/${person.id}/competency-profile`).set(bearer(token));
    expect(own.status).toBe(200);
    expect(own.body.person.id).toBe(person.id);
    const stranger = await makeUser(ctx.db, ['participant'], { municipalityId: (await makeMunicipality(ctx.db)).id });
    const foreign = await ctx.http().get(`/api/users/${stranger.id}/competency-profile`).set(bearer(token));
    expect(foreign.status).toBe(404);
    expect((await ctx.http().get(`/api/users/${randomUUID()}/competency-profile`).set(bearer(token))).status).toBe(404);
    const noMunicipality = await makeUser(ctx.db, ['municipal_liaison']);
    expect((await ctx.http().get(`/api/users/${person.id}/competency-profile`).set(bearer((await login(ctx, noMunicipality)).token))).status).toBe(404);
    const facilitator = (await login(ctx, await makeUser(ctx.db, ['facilitator']))).token;
    expect((await ctx.http().get(`/api/users/${person.id}/competency-profile`).set(bearer(facilitator))).status).toBe(403);
  });
});
