import { randomUUID } from 'node:crypto';
import { createTestApp, login, makeCohort, makeCourse, makeUser } from '../support/test-app';
import type { MadeCourse, MadeUser, TestContext } from '../support/test-app';
import {
  cohortBody, countRows, insertEnrolments, insertSession, laPaz, makeFacilitator, nameOf, setCohortFacilitators,
} from '../support/cohorts';

const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

interface Conflict {
  kind: string;
  sessionId: string;
  facilitator: { id: string; name: string } | null;
  venue: string | null;
  message: string;
  other: { sessionId: string; cohortId: string; cohortLabel: string; courseTitle: string; startsAt: string; endsAt: string };
}

describe('cohorts, sessions and the calendar (real PostgreSQL)', () => {
  let ctx: TestContext;
  let coordinator: MadeUser;
  let coordinatorToken: string;
  let adminToken: string;
  let participantToken: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    coordinator = await makeUser(ctx.db, ['coordinator']);
    coordinatorToken = (await login(ctx, coordinator)).token;
    adminToken = (await login(ctx, await makeUser(ctx.db, ['admin']))).token;
    participantToken = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;
  });
  afterAll(() => ctx.close());

  const createCohort = (courseId: string, body: Record<string, unknown>, token = coordinatorToken) =>
    ctx.http().post(`/api/courses/${courseId}/cohorts`).set(bearer(token)).send(body);
  const patchCohort = (id: string, body: Record<string, unknown>, token = coordinatorToken) =>
    ctx.http().patch(`/api/cohorts/${id}`).set(bearer(token)).send(body);
  const addSession = (cohortId: string, body: Record<string, unknown>, token = coordinatorToken) =>
    ctx.http().post(`/api/cohorts/${cohortId}/sessions`).set(bearer(token)).send(body);

  describe('scheduling a cohort', () => {
    let course: MadeCourse;
    let facilitator: MadeUser;

    beforeAll(async () => {
      course = await makeCourse(ctx.db, { modality: 'in_person' });
      facilitator = await makeFacilitator(ctx.db);
    });

    it('pins the latest content version and fills the defaults: next versión, paralelo A, the course modality', async () => {
      const [v2] = await ctx.db.query(`INSERT INTO course_versions (course_id, number) VALUES ($1, 2) RETURNING id`, [course.id]);
      const first = await createCohort(course.id, cohortBody({ gestion: 2030, facilitatorIds: [facilitator.id], notes: '  Turno noche  ' }));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        courseId: course.id, label: '2030 · V1 · A', gestion: 2030, edition: 1, parallel: 'A', modality: 'in_person', venue: 'Aula EGM 1',
        capacity: 30, seatsTaken: 0, status: 'scheduled', enrolmentOpen: true, sessionCount: 0, versionNumber: 2, notes: 'Turno noche',
        facilitators: [{ id: facilitator.id, name: await nameOf(ctx.db, facilitator.id) }],
        course: { id: course.id, code: course.code, status: 'published' }, sessions: [], conflicts: [], warnings: [],
      });
      const [row] = await ctx.db.query(`SELECT course_version_id, created_by FROM cohorts WHERE id = $1`, [first.body.id]);
      expect(row).toEqual({ course_version_id: v2.id, created_by: coordinator.id });
      const audit = await ctx.db.query(`SELECT actor_id, action FROM audit_log WHERE entity_id = $1`, [first.body.id]);
      expect(audit).toEqual([{ actor_id: coordinator.id, action: 'cohort.create' }]);

      const second = await createCohort(course.id, cohortBody({ gestion: 2030, parallel: 'b', modality: 'online' }));
      expect(second.status).toBe(201);
      expect(second.body).toMatchObject({ edition: 2, parallel: 'B', modality: 'online', label: '2030 · V2 · B', facilitators: [] });
      const parallel = await createCohort(course.id, cohortBody({ gestion: 2030, edition: 1, parallel: 'B' }), adminToken);
      expect(parallel.status).toBe(201);
      expect(parallel.body.label).toBe('2030 · V1 · B');
      // Versions count per gestión.
      const nextYear = await createCohort(course.id, cohortBody({ gestion: 2031 }));
      expect(nextYear.body.edition).toBe(1);
    });

    it('plans ahead on a draft course but refuses an archived one', async () => {
      const draft = await makeCourse(ctx.db, { status: 'draft' });
      expect((await createCohort(draft.id, cohortBody())).status).toBe(201);
      const archived = await makeCourse(ctx.db, { status: 'archived' });
      const refused = await createCohort(archived.id, cohortBody());
      expect(refused.status).toBe(409);
      expect(refused.body.code).toBe('COHORT_COURSE_ARCHIVED');
      expect(await countRows(ctx.db, 'cohorts WHERE course_id = $1', [archived.id])).toBe(0);
      expect((await createCohort(randomUUID(), cohortBody())).status).toBe(404);
    });

    it('refuses each bad input with the field named and saves nothing', async () => {
      const target = await makeCourse(ctx.db);
      const participant = await makeUser(ctx.db, ['participant']);
      const inactive = await makeFacilitator(ctx.db, { active: false });
      const taken = await createCohort(target.id, cohortBody({ gestion: 2032, facilitatorIds: [facilitator.id] }));
      expect(taken.status).toBe(201);
      const cohortsBefore = await countRows(ctx.db, 'cohorts WHERE course_id = $1', [target.id]);
      const linksBefore = await countRows(ctx.db, 'cohort_facilitators WHERE user_id = $1', [facilitator.id]);

      const cases: [Record<string, unknown>, number, string][] = [
        [{ startsOn: '2032-03-10', endsOn: '2032-03-09' }, 400, 'endsOn'],
        [{ enrolmentOpensOn: '2032-02-10', enrolmentClosesOn: '2032-02-09' }, 400, 'enrolmentClosesOn'],
        [{ startsOn: '2032-03-01', endsOn: '2032-03-31', enrolmentOpensOn: '2032-04-01', enrolmentClosesOn: '2032-04-02' }, 400, 'enrolmentOpensOn'],
        [{ startsOn: '2032-02-30' }, 400, 'startsOn'],
        [{ capacity: 0 }, 400, 'capacity'],
        [{ capacity: 10001 }, 400, 'capacity'],
        [{ capacity: 2.5 }, 400, 'capacity'],
        [{ gestion: 1999 }, 400, 'gestion'],
        [{ parallel: 'a-1' }, 400, 'parallel'],
        [{ modality: 'hybrid' }, 400, 'modality'],
        [{ facilitatorIds: [facilitator.id, participant.id] }, 400, 'facilitatorIds'],
        [{ facilitatorIds: [inactive.id] }, 400, 'facilitatorIds'],
        [{ facilitatorIds: [randomUUID()] }, 400, 'facilitatorIds'],
        [{ facilitatorIds: ['no-es-uuid'] }, 400, 'facilitatorIds'],
        [{ gestion: 2032, edition: 1, parallel: 'A', facilitatorIds: [facilitator.id] }, 409, 'parallel'],
        [{ courseVersionId: randomUUID() }, 400, 'courseVersionId'],
      ];
      for (const [override, status, field] of cases) {
        const body = cohortBody({ gestion: 2032, ...override });
        const response = await createCohort(target.id, body);
        expect({ override, status: response.status }).toEqual({ override, status });
        expect({ override, fields: fields(response.body) }).toEqual({ override, fields: expect.arrayContaining([field]) });
        expect(response.body.detail).toEqual(expect.any(String));
      }
      const duplicate = await createCohort(target.id, cohortBody({ gestion: 2032, edition: 1 }));
      expect(duplicate.body.detail).toBe('El curso ya tiene una cohorte con el paralelo A de la versión 1 en la gestión 2032');
      expect(await countRows(ctx.db, 'cohorts WHERE course_id = $1', [target.id])).toBe(cohortsBefore);
      expect(await countRows(ctx.db, 'cohort_facilitators WHERE user_id = $1', [facilitator.id])).toBe(linksBefore);
    });

    it('answers 403 to participants and facilitators who try to schedule', async () => {
      const facilitatorToken = (await login(ctx, facilitator)).token;
      expect((await createCohort(course.id, cohortBody(), facilitatorToken)).status).toBe(403);
      expect((await createCohort(course.id, cohortBody(), participantToken)).status).toBe(403);
      expect((await ctx.http().get(`/api/courses/${course.id}/cohorts`).set(bearer(participantToken))).status).toBe(403);
    });
  });

  describe('editing a cohort', () => {
    let course: MadeCourse;
    let ana: MadeUser;
    let luis: MadeUser;
    let cohortId: string;

    beforeAll(async () => {
      course = await makeCourse(ctx.db);
      ana = await makeFacilitator(ctx.db);
      luis = await makeFacilitator(ctx.db);
      const created = await createCohort(course.id, cohortBody({ gestion: 2033, startsOn: '2033-03-01', endsOn: '2033-03-31', enrolmentOpensOn: '2033-02-01', enrolmentClosesOn: '2033-03-05', facilitatorIds: [ana.id] }));
      cohortId = created.body.id;
    });

    const capacity = async () => (await ctx.db.query(`SELECT capacity FROM cohorts WHERE id = $1`, [cohortId]))[0].capacity;
    const facilitatorsOf = async () =>
      (await ctx.db.query(`SELECT user_id FROM cohort_facilitators WHERE cohort_id = $1 ORDER BY user_id`, [cohortId])).map((r: { user_id: string }) => r.user_id);

    it('never lowers the capacity below the seats taken', async () => {
      await insertEnrolments(ctx.db, cohortId, 3, 'enrolled');
      await insertEnrolments(ctx.db, cohortId, 1, 'requested');
      await insertEnrolments(ctx.db, cohortId, 1, 'withdrawn');
      const summary = await ctx.http().get(`/api/cohorts/${cohortId}`).set(bearer(coordinatorToken));
      expect(summary.body.seatsTaken).toBe(3);

      const refused = await patchCohort(cohortId, { capacity: 2 });
      expect(refused.status).toBe(409);
      expect(refused.body.errors).toEqual([{ field: 'capacity', message: 'Debe ser al menos 3: hay 3 plazas ocupadas' }]);
      expect(await capacity()).toBe(30);

      const accepted = await patchCohort(cohortId, { capacity: 3 });
      expect(accepted.status).toBe(200);
      expect(accepted.body).toMatchObject({ capacity: 3, seatsTaken: 3 });
      expect(await capacity()).toBe(3);
    });

    it('applies the same date rules to the merged dates and keeps sessions inside', async () => {
      const endsBefore = await patchCohort(cohortId, { endsOn: '2033-02-28' });
      expect(endsBefore.status).toBe(400);
      expect(fields(endsBefore.body)).toContain('endsOn');

      await insertSession(ctx.db, cohortId, laPaz('2033-03-02', '08:00'), laPaz('2033-03-02', '10:00'));
      await insertSession(ctx.db, cohortId, laPaz('2033-03-30', '08:00'), laPaz('2033-03-30', '10:00'));
      const shrink = await patchCohort(cohortId, { startsOn: '2033-03-03', endsOn: '2033-03-29', enrolmentClosesOn: '2033-03-03' });
      expect(shrink.status).toBe(409);
      expect(fields(shrink.body)).toEqual(['startsOn', 'endsOn']);
      const [row] = await ctx.db.query(`SELECT starts_on::text, ends_on::text, enrolment_closes_on::text FROM cohorts WHERE id = $1`, [cohortId]);
      expect(row).toEqual({ starts_on: '2033-03-01', ends_on: '2033-03-31', enrolment_closes_on: '2033-03-05' });

      const fits = await patchCohort(cohortId, { startsOn: '2033-03-02', endsOn: '2033-03-30' });
      expect(fits.status).toBe(200);
      expect(fits.body).toMatchObject({ startsOn: '2033-03-02', endsOn: '2033-03-30' });
    });

    it('replaces the facilitators atomically and changes nothing when any field is refused', async () => {
      const participant = await makeUser(ctx.db, ['participant']);
      const refused = await patchCohort(cohortId, { facilitatorIds: [luis.id, participant.id], venue: 'Otra aula' });
      expect(refused.status).toBe(400);
      expect(fields(refused.body)).toEqual(['facilitatorIds']);
      expect(await facilitatorsOf()).toEqual([ana.id]);
      expect((await ctx.db.query(`SELECT venue FROM cohorts WHERE id = $1`, [cohortId]))[0].venue).toBe('Aula EGM 1');

      const replaced = await patchCohort(cohortId, { facilitatorIds: [luis.id], venue: '' });
      expect(replaced.status).toBe(200);
      expect(replaced.body.facilitators.map((f: { id: string }) => f.id)).toEqual([luis.id]);
      expect(replaced.body.venue).toBeNull();
      expect(await facilitatorsOf()).toEqual([luis.id]);
      const [audit] = await ctx.db.query(
        `SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'cohort.update' ORDER BY created_at DESC LIMIT 1`,
        [cohortId],
      );
      expect(audit.before.facilitatorIds).toEqual([ana.id]);
      expect(audit.after.facilitatorIds).toEqual([luis.id]);
    });

    it('refuses a paralelo taken by another cohort of the course', async () => {
      const other = await createCohort(course.id, cohortBody({ gestion: 2033, edition: 1, parallel: 'B' }));
      expect(other.status).toBe(201);
      const clash = await patchCohort(other.body.id, { parallel: 'A' });
      expect(clash.status).toBe(409);
      expect(fields(clash.body)).toEqual(['parallel']);
    });

    it('cancels and closes scheduled cohorts only, and a cancelled cohort is read-only', async () => {
      const spare = await createCohort(course.id, cohortBody({ gestion: 2034 }));
      const closed = await ctx.http().post(`/api/cohorts/${spare.body.id}/close`).set(bearer(coordinatorToken));
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
      expect((await ctx.http().post(`/api/cohorts/${spare.body.id}/cancel`).set(bearer(coordinatorToken))).status).toBe(409);

      const doomed = await createCohort(course.id, cohortBody({ gestion: 2034, parallel: 'Z' }));
      const cancelled = await ctx.http().post(`/api/cohorts/${doomed.body.id}/cancel`).set(bearer(adminToken));
      expect(cancelled.body).toMatchObject({ status: 'cancelled', enrolmentOpen: false });
      expect((await patchCohort(doomed.body.id, { capacity: 10 })).status).toBe(409);
      const session = await addSession(doomed.body.id, { startsAt: laPaz(doomed.body.startsOn, '08:00'), endsAt: laPaz(doomed.body.startsOn, '10:00'), title: 'X' });
      expect(session.status).toBe(409);
      expect(session.body.code).toBe('COHORT_CANCELLED');
      const actions = await ctx.db.query(`SELECT action FROM audit_log WHERE entity_id = ANY($1) ORDER BY created_at`, [[spare.body.id, doomed.body.id]]);
      expect(actions.map((a: { action: string }) => a.action)).toEqual(['cohort.create', 'cohort.close', 'cohort.create', 'cohort.cancel']);
    });
  });

  describe('sessions', () => {
    let cohortId: string;

    beforeAll(async () => {
      const course = await makeCourse(ctx.db);
      cohortId = (await makeCohort(ctx.db, course, { startsOn: '2034-05-04', endsOn: '2034-05-29', enrolmentOpensOn: '2034-04-01', enrolmentClosesOn: '2034-05-04' })).id;
    });

    const sessionCount = () => countRows(ctx.db, 'cohort_sessions WHERE cohort_id = $1', [cohortId]);

    it('adds, edits and deletes a session, with its effective venue', async () => {
      const created = await addSession(cohortId, { startsAt: laPaz('2034-05-04', '08:30'), endsAt: laPaz('2034-05-04', '12:30'), title: ' Inauguración ' });
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        id: expect.any(String), cohortId, startsAt: '2034-05-04T12:30:00.000Z', endsAt: '2034-05-04T16:30:00.000Z', title: 'Inauguración',
        venue: null, effectiveVenue: 'Aula EGM 1', warnings: [],
      });
      const moved = await ctx.http().patch(`/api/cohort-sessions/${created.body.id}`).set(bearer(coordinatorToken)).send({ venue: 'Salón Rojo', endsAt: laPaz('2034-05-04', '13:00') });
      expect(moved.status).toBe(200);
      expect(moved.body).toMatchObject({ venue: 'Salón Rojo', effectiveVenue: 'Salón Rojo', endsAt: '2034-05-04T17:00:00.000Z', title: 'Inauguración' });
      const detail = await ctx.http().get(`/api/cohorts/${cohortId}`).set(bearer(coordinatorToken));
      expect(detail.body.sessions.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
      expect(detail.body.sessionCount).toBe(1);
      const removed = await ctx.http().delete(`/api/cohort-sessions/${created.body.id}`).set(bearer(coordinatorToken));
      expect(removed.status).toBe(204);
      expect(await sessionCount()).toBe(0);
      expect((await ctx.http().delete(`/api/cohort-sessions/${created.body.id}`).set(bearer(coordinatorToken))).status).toBe(404);
    });

    it('refuses sessions that end before they start, last over 12 hours or fall outside the cohort (La Paz days)', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ startsAt: laPaz('2034-05-05', '10:00'), endsAt: laPaz('2034-05-05', '10:00') }, 'endsAt'],
        [{ startsAt: laPaz('2034-05-05', '10:00'), endsAt: laPaz('2034-05-05', '09:00') }, 'endsAt'],
        [{ startsAt: laPaz('2034-05-05', '07:00'), endsAt: laPaz('2034-05-05', '19:30') }, 'endsAt'],
        // 23:00 on 3 May in La Paz is already 4 May in UTC: still before the cohort.
        [{ startsAt: laPaz('2034-05-03', '23:00'), endsAt: laPaz('2034-05-03', '23:30') }, 'startsAt'],
        [{ startsAt: laPaz('2034-05-30', '08:00'), endsAt: laPaz('2034-05-30', '10:00') }, 'startsAt'],
        [{ startsAt: '2034-05-05T08:00:00', endsAt: '2034-05-05T10:00:00' }, 'startsAt'],
        [{ startsAt: laPaz('2034-05-05', '08:00'), endsAt: laPaz('2034-05-05', '10:00'), title: '' }, 'title'],
      ];
      for (const [override, field] of cases) {
        const response = await addSession(cohortId, { title: 'Sesión', ...override });
        expect({ override, status: response.status }).toEqual({ override, status: 400 });
        expect({ override, fields: fields(response.body) }).toEqual({ override, fields: expect.arrayContaining([field]) });
      }
      expect(await sessionCount()).toBe(0);
    });

    it('adds a weekly series in one go, or nothing', async () => {
      const refused = await ctx.http().post(`/api/cohorts/${cohortId}/sessions/bulk`).set(bearer(coordinatorToken))
        .send({ from: '2034-05-04', to: '2034-05-31', weekdays: [1, 3], startTime: '18:30', endTime: '21:00' });
      expect(refused.status).toBe(400);
      expect(fields(refused.body)).toEqual(['to']);
      expect(await sessionCount()).toBe(0);

      const series = await ctx.http().post(`/api/cohorts/${cohortId}/sessions/bulk`).set(bearer(coordinatorToken))
        .send({ from: '2034-05-04', to: '2034-05-17', weekdays: [1, 3], startTime: '18:30', endTime: '21:00', title: 'Taller' });
      expect(series.status).toBe(201);
      // Mondays and Wednesdays: 4 May 2034 is a Thursday.
      expect(series.body.sessions.map((s: { startsAt: string; title: string }) => [s.startsAt, s.title])).toEqual([
        ['2034-05-08T22:30:00.000Z', 'Taller'], ['2034-05-10T22:30:00.000Z', 'Taller'],
        ['2034-05-15T22:30:00.000Z', 'Taller'], ['2034-05-17T22:30:00.000Z', 'Taller'],
      ]);
      expect(series.body.warnings).toEqual([]);
      expect(await sessionCount()).toBe(4);
      const none = await ctx.http().post(`/api/cohorts/${cohortId}/sessions/bulk`).set(bearer(coordinatorToken))
        .send({ from: '2034-05-05', to: '2034-05-07', weekdays: [3], startTime: '18:30', endTime: '21:00' });
      expect(none.status).toBe(400);
      expect(fields(none.body)).toEqual(['weekdays']);
    });
  });

  describe('facilitator scoping', () => {
    let course: MadeCourse;
    let mine: string;
    let theirs: string;
    let ana: MadeUser;
    let anaToken: string;
    let coordinatorFacilitator: MadeUser;

    beforeAll(async () => {
      course = await makeCourse(ctx.db);
      ana = await makeFacilitator(ctx.db);
      const luis = await makeFacilitator(ctx.db);
      coordinatorFacilitator = await makeFacilitator(ctx.db, { alsoRoles: ['coordinator'] });
      anaToken = (await login(ctx, ana)).token;
      mine = (await makeCohort(ctx.db, course, { startsOn: '2036-06-01', endsOn: '2036-06-30' })).id;
      theirs = (await makeCohort(ctx.db, course, { startsOn: '2036-06-01', endsOn: '2036-06-30', venue: 'Aula 7' })).id;
      await setCohortFacilitators(ctx.db, mine, [ana.id, coordinatorFacilitator.id]);
      await setCohortFacilitators(ctx.db, theirs, [luis.id]);
      await insertSession(ctx.db, mine, laPaz('2036-06-02', '08:00'), laPaz('2036-06-02', '10:00'));
      await insertSession(ctx.db, theirs, laPaz('2036-06-03', '08:00'), laPaz('2036-06-03', '10:00'));
    });

    it('shows a facilitator only the cohorts they teach', async () => {
      const list = await ctx.http().get(`/api/courses/${course.id}/cohorts`).set(bearer(anaToken));
      expect(list.status).toBe(200);
      expect(list.body.map((c: { id: string }) => c.id)).toEqual([mine]);
      expect((await ctx.http().get(`/api/cohorts/${mine}`).set(bearer(anaToken))).status).toBe(200);
      expect((await ctx.http().get(`/api/cohorts/${theirs}`).set(bearer(anaToken))).status).toBe(404);
      expect((await patchCohort(mine, { capacity: 5 }, anaToken)).status).toBe(403);
      expect((await addSession(mine, { startsAt: laPaz('2036-06-05', '08:00'), endsAt: laPaz('2036-06-05', '09:00'), title: 'X' }, anaToken)).status).toBe(403);
      expect((await ctx.http().get(`/api/cohorts/${mine}`).set(bearer(participantToken))).status).toBe(403);

      const all = await ctx.http().get(`/api/courses/${course.id}/cohorts`).set(bearer(coordinatorToken));
      expect(all.body.map((c: { id: string }) => c.id).sort()).toEqual([mine, theirs].sort());
    });

    it('scopes the calendar the same way, and "mine" for coordinators who also facilitate', async () => {
      const range = { from: '2036-06-01', to: '2036-06-30' };
      const forAna = await ctx.http().get('/api/calendar/sessions').query(range).set(bearer(anaToken));
      expect(forAna.body.map((s: { cohort: { id: string } }) => s.cohort.id)).toEqual([mine]);
      const token = (await login(ctx, coordinatorFacilitator)).token;
      const everything = await ctx.http().get('/api/calendar/sessions').query(range).set(bearer(token));
      expect(everything.body.map((s: { cohort: { id: string } }) => s.cohort.id)).toEqual([mine, theirs]);
      const onlyMine = await ctx.http().get('/api/calendar/sessions').query({ ...range, mine: 'true' }).set(bearer(token));
      expect(onlyMine.body.map((s: { cohort: { id: string } }) => s.cohort.id)).toEqual([mine]);
      expect((await ctx.http().get('/api/calendar/sessions').query(range).set(bearer(participantToken))).status).toBe(403);
    });
  });

  describe('double bookings', () => {
    let courseA: MadeCourse;
    let courseB: MadeCourse;
    let shared: MadeUser;

    beforeAll(async () => {
      courseA = await makeCourse(ctx.db, { title: 'Finanzas municipales' });
      courseB = await makeCourse(ctx.db, { title: 'Gestión del desarrollo local' });
      shared = await makeFacilitator(ctx.db);
    });

    const twoCohorts = async (venues: [string | null, string | null], facilitators: [string[], string[]]) => {
      const first = (await makeCohort(ctx.db, courseA, { startsOn: '2035-03-01', endsOn: '2035-03-31', venue: venues[0] })).id;
      const second = (await makeCohort(ctx.db, courseB, { startsOn: '2035-03-01', endsOn: '2035-03-31', venue: venues[1] })).id;
      await setCohortFacilitators(ctx.db, first, facilitators[0]);
      await setCohortFacilitators(ctx.db, second, facilitators[1]);
      return [first, second];
    };

    it('warns (without refusing) when a shared facilitator has overlapping sessions, naming them', async () => {
      const other = await makeFacilitator(ctx.db);
      const [first, second] = await twoCohorts(['Aula 101', 'Aula 202'], [[shared.id], [shared.id, other.id]]);
      const existing = await insertSession(ctx.db, first, laPaz('2035-03-05', '08:00'), laPaz('2035-03-05', '10:00'), { title: 'Presupuesto' });
      const label = (await ctx.http().get(`/api/cohorts/${first}`).set(bearer(coordinatorToken))).body.label;

      const response = await addSession(second, { startsAt: laPaz('2035-03-05', '09:00'), endsAt: laPaz('2035-03-05', '11:00'), title: 'Diagnóstico' });
      expect(response.status).toBe(201);
      const name = await nameOf(ctx.db, shared.id);
      expect(response.body.warnings).toEqual([
        {
          kind: 'facilitator', sessionId: response.body.id, sessionTitle: 'Diagnóstico', startsAt: '2035-03-05T13:00:00.000Z', endsAt: '2035-03-05T15:00:00.000Z',
          facilitator: { id: shared.id, name }, venue: null,
          message: `Sesión «Diagnóstico» del 05/03/2035 de 09:00 a 11:00: ${name} ya tiene a esa hora la sesión «Presupuesto» de Finanzas municipales (${label}), el 05/03/2035 de 08:00 a 10:00.`,
          other: {
            sessionId: existing, title: 'Presupuesto', startsAt: '2035-03-05T12:00:00.000Z', endsAt: '2035-03-05T14:00:00.000Z', venue: 'Aula 101',
            cohortId: first, cohortLabel: label, courseId: courseA.id, courseCode: courseA.code, courseTitle: 'Finanzas municipales',
          },
        },
      ]);
      expect(await countRows(ctx.db, 'cohort_sessions WHERE id = $1', [response.body.id])).toBe(1);
      // Both cohorts show it on their page.
      const firstDetail = await ctx.http().get(`/api/cohorts/${first}`).set(bearer(coordinatorToken));
      expect(firstDetail.body.conflicts.map((c: Conflict) => [c.kind, c.sessionId, c.other.sessionId])).toEqual([['facilitator', existing, response.body.id]]);

      // Back to back (one ends when the other starts) is fine.
      const adjacent = await addSession(second, { startsAt: laPaz('2035-03-05', '10:00'), endsAt: laPaz('2035-03-05', '12:00'), title: 'Después' });
      expect(adjacent.body.warnings).toEqual([]);
      const before = await addSession(second, { startsAt: laPaz('2035-03-05', '06:00'), endsAt: laPaz('2035-03-05', '08:00'), title: 'Antes' });
      expect(before.body.warnings).toEqual([]);

      // A cancelled cohort books nobody.
      await ctx.http().post(`/api/cohorts/${first}/cancel`).set(bearer(coordinatorToken));
      const after = await ctx.http().get(`/api/cohorts/${second}`).set(bearer(coordinatorToken));
      expect(after.body.conflicts).toEqual([]);
    });

    it('warns when the same venue is written differently ("Aula EGM 1" and "aula egm  1")', async () => {
      const [first, second] = await twoCohorts(['Aula EGM 1', null], [[], []]);
      await insertSession(ctx.db, first, laPaz('2035-03-12', '14:00'), laPaz('2035-03-12', '17:00'));
      const response = await addSession(second, { startsAt: laPaz('2035-03-12', '16:00'), endsAt: laPaz('2035-03-12', '18:00'), title: 'Visita', venue: 'aula egm  1' });
      expect(response.status).toBe(201);
      expect(response.body.warnings.map((w: Conflict) => [w.kind, w.venue, w.facilitator, w.other.cohortId])).toEqual([['venue', 'aula egm  1', null, first]]);
      expect(response.body.warnings[0].message).toContain('aula egm  1 ya está ocupado a esa hora');

      const elsewhere = await addSession(second, { startsAt: laPaz('2035-03-12', '16:00'), endsAt: laPaz('2035-03-12', '18:00'), title: 'Visita', venue: 'Aula EGM 10' });
      expect(elsewhere.body.warnings).toEqual([]);
    });

    it('reports the double bookings that a change of facilitators creates', async () => {
      const newcomer = await makeFacilitator(ctx.db);
      const [first, second] = await twoCohorts(['Aula 303', 'Aula 404'], [[newcomer.id], []]);
      await insertSession(ctx.db, first, laPaz('2035-03-19', '08:00'), laPaz('2035-03-19', '12:00'));
      await insertSession(ctx.db, second, laPaz('2035-03-19', '11:00'), laPaz('2035-03-19', '13:00'));
      const response = await patchCohort(second, { facilitatorIds: [newcomer.id] });
      expect(response.status).toBe(200);
      expect(response.body.warnings.map((w: Conflict) => [w.kind, w.facilitator?.id])).toEqual([['facilitator', newcomer.id]]);
      expect(response.body.conflicts).toHaveLength(1);
      // Saving again creates nothing new: no warnings, the conflict stays.
      const again = await patchCohort(second, { notes: 'Sin cambios de horario' });
      expect(again.body.warnings).toEqual([]);
      expect(again.body.conflicts).toHaveLength(1);
    });
  });

  describe('calendar', () => {
    let cohortId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const course = await makeCourse(ctx.db, { title: 'Cultura ciudadana' });
      cohortId = (await makeCohort(ctx.db, course, { startsOn: '2037-04-01', endsOn: '2037-06-30', venue: 'Salón Cebra' })).id;
      const rival = (await makeCohort(ctx.db, await makeCourse(ctx.db), { startsOn: '2037-04-01', endsOn: '2037-06-30', venue: 'salon cebra' })).id;
      ids.before = await insertSession(ctx.db, cohortId, laPaz('2037-04-09', '18:00'), laPaz('2037-04-09', '20:00'));
      ids.first = await insertSession(ctx.db, cohortId, laPaz('2037-04-10', '08:00'), laPaz('2037-04-10', '10:00'));
      ids.late = await insertSession(ctx.db, cohortId, laPaz('2037-04-12', '22:00'), laPaz('2037-04-12', '23:30'));
      ids.after = await insertSession(ctx.db, cohortId, laPaz('2037-04-13', '00:30'), laPaz('2037-04-13', '02:00'));
      ids.rival = await insertSession(ctx.db, rival, laPaz('2037-04-10', '09:00'), laPaz('2037-04-10', '11:00'));
    });

    it('returns exactly the sessions of the La Paz days asked for, flagging double bookings', async () => {
      const response = await ctx.http().get('/api/calendar/sessions').query({ from: '2037-04-10', to: '2037-04-12' }).set(bearer(coordinatorToken));
      expect(response.status).toBe(200);
      expect(response.body.map((s: { id: string; conflict: boolean }) => [s.id, s.conflict])).toEqual([
        [ids.first, true],
        [ids.rival, true],
        [ids.late, false],
      ]);
      expect(response.body[0]).toMatchObject({ title: 'Sesión', venue: 'Salón Cebra', course: { title: 'Cultura ciudadana' }, cohort: { id: cohortId, status: 'scheduled' } });
    });

    it('refuses a reversed or too long range, naming the field', async () => {
      const reversed = await ctx.http().get('/api/calendar/sessions').query({ from: '2037-04-12', to: '2037-04-10' }).set(bearer(coordinatorToken));
      expect(reversed.status).toBe(400);
      expect(fields(reversed.body)).toEqual(['to']);
      const long = await ctx.http().get('/api/calendar/sessions').query({ from: '2037-04-01', to: '2037-06-02' }).set(bearer(coordinatorToken));
      expect(long.status).toBe(400);
      expect(fields(long.body)).toEqual(['to']);
      const fits = await ctx.http().get('/api/calendar/sessions').query({ from: '2037-04-01', to: '2037-06-01' }).set(bearer(coordinatorToken));
      expect(fits.status).toBe(200);
      const missing = await ctx.http().get('/api/calendar/sessions').query({ from: '2037-04-01' }).set(bearer(coordinatorToken));
      expect(new Set(fields(missing.body))).toEqual(new Set(['to']));
    });

    it('exports the viewer\'s sessions as an iCalendar download', async () => {
      const response = await ctx.http().get('/api/calendar/sessions.ics').query({ from: '2037-04-10', to: '2037-04-12' }).set(bearer(coordinatorToken));
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
      expect((await ctx.http().get('/api/calendar/sessions.ics').query({ from: '2037-04-10', to: '2037-04-12' })).status).toBe(401);
    });
  });

  describe('public iCalendar feed', () => {
    it('serves one event per session, in UTC, without a token and without personal data', async () => {
      const course = await makeCourse(ctx.db, { title: 'Transparencia y rendición pública de cuentas' });
      const facilitator = await makeFacilitator(ctx.db);
      const cohortId = (await makeCohort(ctx.db, course, { startsOn: '2038-08-01', endsOn: '2038-08-31', venue: 'Auditorio; piso 2' })).id;
      await setCohortFacilitators(ctx.db, cohortId, [facilitator.id]);
      const first = await insertSession(ctx.db, cohortId, laPaz('2038-08-03', '08:30'), laPaz('2038-08-03', '12:00'), { title: 'Inicio' });
      const second = await insertSession(ctx.db, cohortId, laPaz('2038-08-10', '19:00'), laPaz('2038-08-10', '21:00'), { title: 'Cierre', venue: 'Plaza Murillo' });

      const response = await ctx.http().get(`/api/public/cohorts/${cohortId}/calendar.ics`);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const text = response.text.replace(/\r\n[ \t]/g, '');
      expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
      const events = text.split('BEGIN:VEVENT').slice(1);
      expect(events).toHaveLength(2);
      expect(events[0]).toContain(`UID:${first}@campus-egm`);
      expect(events[0]).toContain('DTSTART:20380803T123000Z');
      expect(events[0]).toContain('DTEND:20380803T160000Z');
      expect(events[0]).toContain('SUMMARY:Transparencia y rendición pública de cuentas — Inicio');
      expect(events[0]).toContain('LOCATION:Auditorio\\; piso 2');
      expect(events[0]).toContain(`/catalogo/${course.id}`);
      expect(events[1]).toContain(`UID:${second}@campus-egm`);
      expect(events[1]).toContain('DTSTART:20380810T230000Z');
      expect(events[1]).toContain('LOCATION:Plaza Murillo');
      expect(text).toMatch(/X-WR-CALNAME:Transparencia y rendición pública de cuentas \(2038 · V\d+ · A\)/);
      const [person] = await ctx.db.query(`SELECT email, last_names FROM users WHERE id = $1`, [facilitator.id]);
      expect(text).not.toContain(person.email);
      expect(text).not.toContain(person.last_names);
    });

    it('answers 404 for a draft course, a cancelled cohort or an unknown id', async () => {
      const draft = await makeCourse(ctx.db, { status: 'draft' });
      const draftCohort = (await makeCohort(ctx.db, draft)).id;
      expect((await ctx.http().get(`/api/public/cohorts/${draftCohort}/calendar.ics`)).status).toBe(404);
      const cancelled = (await makeCohort(ctx.db, await makeCourse(ctx.db), { status: 'cancelled' })).id;
      expect((await ctx.http().get(`/api/public/cohorts/${cancelled}/calendar.ics`)).status).toBe(404);
      expect((await ctx.http().get(`/api/public/cohorts/${randomUUID()}/calendar.ics`)).status).toBe(404);
    });
  });
});
