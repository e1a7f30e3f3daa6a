import { randomUUID } from 'node:crypto';
import { createTestApp, login, makeCohort, makeCourse, makeUser } from '../support/test-app';
import type { MadeCohort, MadeCourse, MadeUser, TestContext } from '../support/test-app';
import { grantCompetencies } from '../support/catalogue';
import { insertSession, makeFacilitator, setCohortFacilitators } from '../support/cohorts';
import { addRequiredPage, hoursFromNow, makeEnrolment, marksOf, setMark, setProgress, statusOf } from '../support/teaching';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe('attendance per session (real PostgreSQL)', () => {
  let ctx: TestContext;
  let facilitator: MadeUser;
  let facilitatorToken: string;
  let otherFacilitatorToken: string;
  let coordinatorToken: string;
  let participantToken: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    facilitator = await makeFacilitator(ctx.db);
    facilitatorToken = (await login(ctx, facilitator)).token;
    otherFacilitatorToken = (await login(ctx, await makeFacilitator(ctx.db))).token;
    coordinatorToken = (await login(ctx, await makeUser(ctx.db, ['coordinator']))).token;
    participantToken = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;
  });
  afterAll(() => ctx.close());

  const url = (cohortId: string, sessionId: string) => `/api/cohorts/${cohortId}/sessions/${sessionId}/attendance`;
  const getSheet = (cohortId: string, sessionId: string, token = facilitatorToken) => ctx.http().get(url(cohortId, sessionId)).set(bearer(token));
  const save = (cohortId: string, sessionId: string, body: object, token = facilitatorToken) =>
    ctx.http().put(url(cohortId, sessionId)).set(bearer(token)).send(body);
  const auditOf = (sessionId: string) =>
    ctx.db.query(`SELECT actor_id, action, before, after FROM audit_log WHERE entity_id = $1 AND action = 'attendance.save' ORDER BY created_at, id`, [sessionId]);

  /** An online-free cohort taught by `facilitator`, with one past session and a list of people. */
  const setUp = async (options: { modality?: 'in_person' | 'online' | 'blended' } = {}) => {
    const course = await makeCourse(ctx.db, { modality: options.modality ?? 'in_person' });
    const cohort = await makeCohort(ctx.db, course, { modality: options.modality ?? 'in_person', startsOn: '2020-01-01', enrolmentOpensOn: '2019-12-01', enrolmentClosesOn: '2019-12-31' });
    await setCohortFacilitators(ctx.db, cohort.id, [facilitator.id]);
    const session = await insertSession(ctx.db, cohort.id, hoursFromNow(-3), hoursFromNow(-1), { title: 'Sesión 1' });
    return { course, cohort, session };
  };

  describe('whole-list default, one tap per exception', () => {
    let cohort: MadeCohort;
    let session: string;
    let people: { id: string }[];
    let waitlisted: { id: string };

    beforeAll(async () => {
      ({ cohort, session } = await setUp({ modality: 'online' }));
      people = [];
      for (const status of ['enrolled', 'in_progress', 'enrolled', 'enrolled', 'in_progress']) people.push(await makeEnrolment(ctx.db, cohort.id, status));
      waitlisted = await makeEnrolment(ctx.db, cohort.id, 'waitlisted');
      await makeEnrolment(ctx.db, cohort.id, 'withdrawn');
    });

    it('lists every person holding a place, unmarked at first', async () => {
      const response = await getSheet(cohort.id, session);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ cohortId: cohort.id, editable: true, onlyExcused: false, counts: { present: 0, absent: 0, excused: 0, unmarked: 5 } });
      expect(response.body.rows.map((r: { enrolmentId: string }) => r.enrolmentId).sort()).toEqual(people.map((p) => p.id).sort());
      expect(response.body.rows.every((r: { status: unknown }) => r.status === null)).toBe(true);
    });

    it('gives everyone the default except the exceptions, and audits the counts', async () => {
      const [a, b, c, d, e] = people;
      const response = await save(cohort.id, session, {
        default: 'present',
        marks: [{ enrolmentId: b.id, status: 'absent' }, { enrolmentId: c.id, status: 'excused', note: '  Cita médica ' }],
      });
      expect(response.status).toBe(200);
      expect(response.body.counts).toEqual({ present: 3, absent: 1, excused: 1, unmarked: 0 });
      expect(await marksOf(ctx.db, session)).toEqual({
        [a.id]: { status: 'present', note: null },
        [b.id]: { status: 'absent', note: null },
        [c.id]: { status: 'excused', note: 'Cita médica' },
        [d.id]: { status: 'present', note: null },
        [e.id]: { status: 'present', note: null },
      });
      const [by] = await ctx.db.query(`SELECT DISTINCT marked_by FROM attendance WHERE session_id = $1`, [session]);
      expect(by.marked_by).toBe(facilitator.id);
      const audit = await auditOf(session);
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actor_id: facilitator.id,
        before: { counts: { present: 0, absent: 0, excused: 0, unmarked: 5 } },
        after: { default: 'present', changed: 5, changes: [], counts: { present: 3, absent: 1, excused: 1, unmarked: 0 } },
      });
    });

    it('re-saving writes only what changed, and audits each changed earlier mark', async () => {
      const [a, b, c, d, e] = people;
      const stamps = async () =>
        Object.fromEntries(
          (await ctx.db.query(`SELECT enrolment_id, marked_at FROM attendance WHERE session_id = $1`, [session])).map(
            (row: { enrolment_id: string; marked_at: Date }) => [row.enrolment_id, row.marked_at.toISOString()],
          ),
        );
      const before = await stamps();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const response = await save(cohort.id, session, {
        default: 'present',
        marks: [{ enrolmentId: c.id, status: 'excused', note: 'Cita médica' }, { enrolmentId: d.id, status: 'absent' }],
      });
      expect(response.status).toBe(200);
      const after = await stamps();
      // b went back to the default, d is a new exception; a, c and e are untouched.
      expect([a, c, e].map((p) => after[p.id])).toEqual([a, c, e].map((p) => before[p.id]));
      expect(after[b.id]).not.toBe(before[b.id]);
      expect(after[d.id]).not.toBe(before[d.id]);
      expect((await marksOf(ctx.db, session))[b.id].status).toBe('present');
      const audit = await auditOf(session);
      expect(audit).toHaveLength(2);
      expect(audit[1].after.changed).toBe(2);
      expect(audit[1].after.changes).toEqual(
        expect.arrayContaining([
          { enrolmentId: b.id, from: 'absent', to: 'present', note: null },
          { enrolmentId: d.id, from: 'present', to: 'absent', note: null },
        ]),
      );
      expect(audit[1].after.changes).toHaveLength(2);
    });

    it('without a default, only the listed people change', async () => {
      const [a, , , , e] = people;
      const before = await marksOf(ctx.db, session);
      const response = await save(cohort.id, session, { marks: [{ enrolmentId: e.id, status: 'absent', note: 'Llegó después del receso' }] });
      expect(response.status).toBe(200);
      const after = await marksOf(ctx.db, session);
      expect(after).toEqual({ ...before, [e.id]: { status: 'absent', note: 'Llegó después del receso' } });
      expect(after[a.id]).toEqual(before[a.id]);
    });

    it('refuses marks for people who are not on the list, naming the field, and saves nothing', async () => {
      const other = await setUp();
      const foreign = await makeEnrolment(ctx.db, other.cohort.id, 'enrolled');
      const before = await marksOf(ctx.db, session);
      const audits = (await auditOf(session)).length;
      const cases: [object[], string[]][] = [
        [[{ enrolmentId: people[0].id, status: 'absent' }, { enrolmentId: foreign.id, status: 'absent' }], ['marks.1.enrolmentId']],
        [[{ enrolmentId: waitlisted.id, status: 'present' }], ['marks.0.enrolmentId']],
        [[{ enrolmentId: randomUUID(), status: 'present' }], ['marks.0.enrolmentId']],
        [[{ enrolmentId: people[0].id, status: 'absent' }, { enrolmentId: people[0].id, status: 'present' }], ['marks.1.enrolmentId']],
      ];
      for (const [marks, expected] of cases) {
        const response = await save(cohort.id, session, { default: 'absent', marks });
        expect({ marks, status: response.status, fields: fields(response.body) }).toEqual({ marks, status: 400, fields: expected });
      }
      const invalid = await save(cohort.id, session, { default: 'excused', marks: [{ enrolmentId: 'x', status: 'late' }] });
      expect(invalid.status).toBe(400);
      expect(fields(invalid.body)).toEqual(expect.arrayContaining(['default', 'marks.0.enrolmentId', 'marks.0.status']));
      expect(await marksOf(ctx.db, session)).toEqual(before);
      expect((await auditOf(session)).length).toBe(audits);
    });
  });

  describe('who may take attendance', () => {
    it('the facilitator of the cohort and coordinators; another facilitator gets 404, a participant 403', async () => {
      const { cohort, session } = await setUp();
      const person = await makeEnrolment(ctx.db, cohort.id, 'enrolled');
      const body = { default: 'present', marks: [] };
      expect((await getSheet(cohort.id, session, otherFacilitatorToken)).status).toBe(404);
      expect((await save(cohort.id, session, body, otherFacilitatorToken)).status).toBe(404);
      expect((await getSheet(cohort.id, session, participantToken)).status).toBe(403);
      expect((await save(cohort.id, session, body, participantToken)).status).toBe(403);
      expect(await marksOf(ctx.db, session)).toEqual({});
      expect((await getSheet(cohort.id, session, coordinatorToken)).status).toBe(200);
      expect((await save(cohort.id, session, body, coordinatorToken)).status).toBe(200);
      expect(await marksOf(ctx.db, session)).toEqual({ [person.id]: { status: 'present', note: null } });
      // A session of another cohort, or none at all, is not found either.
      const other = await setUp();
      expect((await getSheet(cohort.id, other.session)).status).toBe(404);
      expect((await save(cohort.id, randomUUID(), body)).status).toBe(404);
      expect((await getSheet(randomUUID(), session)).status).toBe(404);
    });

    it('takes only excused absences for a session more than a day ahead, and nothing once the cohort is closed', async () => {
      const { cohort, session } = await setUp();
      const person = await makeEnrolment(ctx.db, cohort.id, 'enrolled');
      const future = await insertSession(ctx.db, cohort.id, hoursFromNow(72), hoursFromNow(75));
      const sheet = await getSheet(cohort.id, future);
      expect(sheet.body.onlyExcused).toBe(true);
      const whole = await save(cohort.id, future, { default: 'present', marks: [] });
      expect(whole.status).toBe(409);
      expect(fields(whole.body)).toEqual(['default']);
      const absent = await save(cohort.id, future, { marks: [{ enrolmentId: person.id, status: 'absent' }] });
      expect(absent.status).toBe(409);
      expect(fields(absent.body)).toEqual(['marks.0.status']);
      const excused = await save(cohort.id, future, { marks: [{ enrolmentId: person.id, status: 'excused', note: 'Viaje de comisión' }] });
      expect(excused.status).toBe(200);
      expect(await marksOf(ctx.db, future)).toEqual({ [person.id]: { status: 'excused', note: 'Viaje de comisión' } });

      await ctx.db.query(`UPDATE cohorts SET status = 'closed' WHERE id = $1`, [cohort.id]);
      const closed = await save(cohort.id, session, { default: 'present', marks: [] });
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('TEACHING_COHORT_NOT_OPEN');
      expect((await getSheet(cohort.id, session)).body.editable).toBe(false);
      expect(await marksOf(ctx.db, session)).toEqual({});
    });
  });

  describe('completion', () => {
    let course: MadeCourse;
    let cohort: MadeCohort;
    let sessions: string[];
    let activityId: string;

    beforeAll(async () => {
      course = await makeCourse(ctx.db, { modality: 'in_person' });
      await grantCompetencies(ctx.db, course.id, [['A08.2.1', 2]]);
      activityId = await addRequiredPage(ctx.db, course.versionId);
      cohort = await makeCohort(ctx.db, course, { modality: 'in_person', startsOn: '2020-01-01', enrolmentOpensOn: '2019-12-01', enrolmentClosesOn: '2019-12-31' });
      await setCohortFacilitators(ctx.db, cohort.id, [facilitator.id]);
      sessions = [
        await insertSession(ctx.db, cohort.id, hoursFromNow(-50), hoursFromNow(-48)),
        await insertSession(ctx.db, cohort.id, hoursFromNow(-3), hoursFromNow(-1)),
      ];
    });

    it('an in-person participant who did every activity passes once attendance reaches the minimum', async () => {
      const done = await makeEnrolment(ctx.db, cohort.id, 'in_progress');
      const notDone = await makeEnrolment(ctx.db, cohort.id, 'in_progress');
      await setProgress(ctx.db, done.id, activityId, 'completed');
      await setProgress(ctx.db, notDone.id, activityId, 'in_progress');

      expect((await save(cohort.id, sessions[0], { default: 'present', marks: [] })).status).toBe(200);
      // One session of two: 50 % < 80 %.
      expect(await statusOf(ctx.db, done.id)).toBe('in_progress');
      const [rate] = await ctx.db.query(`SELECT attendance_rate FROM enrolments WHERE id = $1`, [done.id]);
      expect(Number(rate.attendance_rate)).toBe(50);

      const second = await save(cohort.id, sessions[1], { default: 'present', marks: [] });
      expect(second.status).toBe(200);
      expect(await statusOf(ctx.db, done.id)).toBe('passed');
      expect(second.body.rows.find((r: { enrolmentId: string }) => r.enrolmentId === done.id).enrolmentStatus).toBe('passed');
      expect(await statusOf(ctx.db, notDone.id)).toBe('in_progress');
      const records = await ctx.db.query(`SELECT level, source FROM competency_records WHERE enrolment_id = $1`, [done.id]);
      expect(records).toEqual([{ level: 2, source: 'course' }]);
      const notes = await ctx.db.query(`SELECT kind FROM notifications WHERE user_id = $1`, [done.user.id]);
      expect(notes.map((n: { kind: string }) => n.kind)).toContain('enrolment.passed');
    });

    it('closing the cohort passes those who meet the rule and fails the others; requests and the waitlist stay', async () => {
      const ready = await makeEnrolment(ctx.db, cohort.id, 'enrolled');
      const absentee = await makeEnrolment(ctx.db, cohort.id, 'in_progress');
      const behind = await makeEnrolment(ctx.db, cohort.id, 'in_progress');
      const waiting = await makeEnrolment(ctx.db, cohort.id, 'waitlisted');
      const requested = await makeEnrolment(ctx.db, cohort.id, 'requested');
      await setProgress(ctx.db, ready.id, activityId, 'completed');
      await setProgress(ctx.db, absentee.id, activityId, 'completed');
      // Marks written directly, so nothing has been evaluated yet.
      for (const s of sessions) {
        await setMark(ctx.db, s, ready.id, 'present');
        await setMark(ctx.db, s, behind.id, 'present');
      }
      await setMark(ctx.db, sessions[0], absentee.id, 'present');
      await setMark(ctx.db, sessions[1], absentee.id, 'absent');

      const closed = await ctx.http().post(`/api/cohorts/${cohort.id}/close`).set(bearer(coordinatorToken));
      expect(closed.status).toBe(200);
      expect(closed.body.status).toBe('closed');
      expect(await statusOf(ctx.db, ready.id)).toBe('passed');
      expect(await statusOf(ctx.db, absentee.id)).toBe('failed');
      expect(await statusOf(ctx.db, behind.id)).toBe('failed');
      expect(await statusOf(ctx.db, waiting.id)).toBe('waitlisted');
      expect(await statusOf(ctx.db, requested.id)).toBe('requested');
      const [left] = await ctx.db.query(`SELECT count(*)::int AS n FROM enrolments WHERE cohort_id = $1 AND status IN ('enrolled', 'in_progress')`, [cohort.id]);
      expect(left.n).toBe(0);
      expect(await ctx.db.query(`SELECT count(*)::int AS n FROM competency_records WHERE enrolment_id = $1`, [ready.id])).toEqual([{ n: 1 }]);
      expect(await ctx.db.query(`SELECT count(*)::int AS n FROM competency_records WHERE enrolment_id = ANY($1::uuid[])`, [[absentee.id, behind.id]])).toEqual([{ n: 0 }]);
      const audit = await ctx.db.query(`SELECT entity_id, action FROM audit_log WHERE entity_id = ANY($1::text[]) ORDER BY action`, [[ready.id, absentee.id, behind.id]]);
      expect(audit).toEqual(
        expect.arrayContaining([
          { entity_id: ready.id, action: 'enrolment.passed' },
          { entity_id: absentee.id, action: 'enrolment.failed' },
          { entity_id: behind.id, action: 'enrolment.failed' },
        ]),
      );
    });
  });
});
