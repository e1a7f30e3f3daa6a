import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Response } from 'superagent';
import { createTestApp, login, makeCohort, makeCourse, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeCohort, MadeCourse, MadeUser, TestContext } from '../support/test-app';
import { insertSession, makeFacilitator, setCohortFacilitators } from '../support/cohorts';
import { addRequiredPage, addRequiredQuiz, hoursFromNow, makeEnrolment, setMark, setProgress, statusOf } from '../support/teaching';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

/** Collects a binary body (supertest only buffers text by default). */
const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

interface RosterRow {
  enrolmentId: string;
  status: string;
  email: string;
  municipality: string | null;
  progressPercent: number;
  requiredDone: number;
  requiredActivities: number;
  finalScore: number | null;
  facilitatorGrade: number | null;
  attendance: { present: number; absent: number; excused: number; rate: number | null };
  completion: { met: boolean; activitiesMet: boolean; scoreMet: boolean; attendanceMet: boolean };
  gradable: boolean;
}

describe('rosters, exports and grades (real PostgreSQL)', () => {
  let ctx: TestContext;
  let facilitator: MadeUser;
  let facilitatorToken: string;
  let otherFacilitatorToken: string;
  let coordinator: MadeUser;
  let coordinatorToken: string;
  let participantToken: string;
  let course: MadeCourse;
  let cohort: MadeCohort;
  let pageId: string;
  let quizId: string;
  let sessions: string[];
  let people: Record<'ana' | 'beto' | 'carla' | 'dario' | 'eva', { id: string; user: MadeUser }>;

  beforeAll(async () => {
    ctx = await createTestApp();
    facilitator = await makeFacilitator(ctx.db);
    facilitatorToken = (await login(ctx, facilitator)).token;
    otherFacilitatorToken = (await login(ctx, await makeFacilitator(ctx.db))).token;
    coordinator = await makeUser(ctx.db, ['coordinator']);
    coordinatorToken = (await login(ctx, coordinator)).token;
    participantToken = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;

    course = await makeCourse(ctx.db, { modality: 'blended' });
    pageId = await addRequiredPage(ctx.db, course.versionId, 1);
    quizId = await addRequiredQuiz(ctx.db, course.versionId, 2);
    cohort = await makeCohort(ctx.db, course, { modality: 'blended', gestion: 2026, parallel: 'B', startsOn: '2020-01-01', enrolmentOpensOn: '2019-12-01', enrolmentClosesOn: '2019-12-31' });
    await setCohortFacilitators(ctx.db, cohort.id, [facilitator.id]);
    sessions = [];
    for (let i = 0; i < 4; i += 1) sessions.push(await insertSession(ctx.db, cohort.id, hoursFromNow(-100 + i * 24), hoursFromNow(-98 + i * 24), { title: `Sesión ${i + 1}` }));
    const town = await makeMunicipality(ctx.db, { name: 'Achocalla' });
    people = {
      ana: await makeEnrolment(ctx.db, cohort.id, 'in_progress', { municipalityId: town.id, gender: 'female' }),
      beto: await makeEnrolment(ctx.db, cohort.id, 'in_progress', { gender: 'male' }),
      carla: await makeEnrolment(ctx.db, cohort.id, 'enrolled'),
      dario: await makeEnrolment(ctx.db, cohort.id, 'waitlisted'),
      eva: await makeEnrolment(ctx.db, cohort.id, 'requested'),
    };
    // Ana: everything done, quiz 90, three present and one excused. Beto: page done, quiz 55, two of four.
    await setProgress(ctx.db, people.ana.id, pageId, 'completed');
    await setProgress(ctx.db, people.ana.id, quizId, 'completed', 90);
    await setProgress(ctx.db, people.beto.id, pageId, 'completed');
    await setProgress(ctx.db, people.beto.id, quizId, 'failed', 55);
    for (const [i, s] of sessions.entries()) {
      await setMark(ctx.db, s, people.ana.id, i === 3 ? 'excused' : 'present');
      await setMark(ctx.db, s, people.beto.id, i < 2 ? 'present' : 'absent');
    }
  });
  afterAll(() => ctx.close());

  const roster = (token = facilitatorToken, query = '') => ctx.http().get(`/api/cohorts/${cohort.id}/roster${query}`).set(bearer(token));
  const byId = (rows: RosterRow[], id: string) => rows.find((row) => row.enrolmentId === id) as RosterRow;

  it('shows every enrolment with progress, score, attendance and the completion rule', async () => {
    const response = await roster();
    expect(response.status).toBe(200);
    expect(response.body.cohort).toMatchObject({ id: cohort.id, label: '2026 · V1 · B', modality: 'blended', passingScore: 70, minAttendance: 80, sessionCount: 4 });
    expect(response.body.rows).toHaveLength(5);
    const rows: RosterRow[] = response.body.rows;
    expect(byId(rows, people.ana.id)).toMatchObject({
      status: 'in_progress', municipality: 'Achocalla', requiredDone: 2, requiredActivities: 2, progressPercent: 100, finalScore: 90,
      attendance: { present: 3, absent: 0, excused: 1, rate: 100 }, completion: { met: true }, gradable: true,
    });
    expect(byId(rows, people.beto.id)).toMatchObject({
      requiredDone: 1, progressPercent: 50, finalScore: 55, attendance: { present: 2, absent: 2, excused: 0, rate: 50 },
      completion: { met: false, activitiesMet: false, scoreMet: false, attendanceMet: false },
    });
    expect(byId(rows, people.carla.id)).toMatchObject({ progressPercent: 0, finalScore: 0, attendance: { present: 0, absent: 0, excused: 0, rate: 0 } });
    expect(byId(rows, people.dario.id)).toMatchObject({ status: 'waitlisted', gradable: false, completion: { met: false } });
    expect(response.body.statusCounts).toEqual(
      expect.arrayContaining([{ status: 'in_progress', count: 2 }, { status: 'enrolled', count: 1 }, { status: 'waitlisted', count: 1 }, { status: 'requested', count: 1 }]),
    );
    const filtered = await roster(facilitatorToken, '?status=waitlisted');
    expect(filtered.body.rows.map((r: RosterRow) => r.enrolmentId)).toEqual([people.dario.id]);
    expect((await roster(facilitatorToken, '?status=nada')).status).toBe(400);
  });

  it('is for the cohort\'s facilitators and coordinators only', async () => {
    expect((await roster(coordinatorToken)).status).toBe(200);
    expect((await roster(otherFacilitatorToken)).status).toBe(404);
    expect((await roster(participantToken)).status).toBe(403);
    expect((await ctx.http().get(`/api/cohorts/${cohort.id}/roster.csv`).set(bearer(otherFacilitatorToken))).status).toBe(404);
    expect((await ctx.http().get(`/api/cohorts/${cohort.id}/roster.xlsx`).set(bearer(participantToken))).status).toBe(403);
    expect((await ctx.http().get(`/api/cohorts/${randomUUID()}/roster`).set(bearer(coordinatorToken))).status).toBe(404);
  });

  it('exports CSV: UTF-8 with BOM, `;`, Spanish headers, one row per enrolment; audited', async () => {
    const response = await ctx.http().get(`/api/cohorts/${cohort.id}/roster.csv`).set(bearer(facilitatorToken)).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="participantes-C-[A-Z0-9]+-2026-V1-B\.csv"/);
    const bytes: Buffer = response.body;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Apellidos;Nombres;Correo;Municipio;Género;Estado;Actividades obligatorias hechas;Actividades obligatorias;Avance (%);Nota final;Nota del facilitador;Asistencia (%);Presente;Ausente;Justificado;Cumple requisitos',
    );
    expect(lines).toHaveLength(6);
    const ana = lines.find((line) => line.includes(people.ana.user.email))?.split(';');
    expect(ana?.slice(3)).toEqual(['Achocalla', 'Femenino', 'En curso', '2', '2', '100', '90', '', '100', '3', '0', '1', 'Sí']);
    const dario = lines.find((line) => line.includes(people.dario.user.email))?.split(';');
    expect(dario?.[5]).toBe('En lista de espera');
    const audit = await ctx.db.query(`SELECT actor_id, after FROM audit_log WHERE entity_id = $1 AND action = 'roster.export'`, [cohort.id]);
    expect(audit).toEqual([{ actor_id: facilitator.id, after: { format: 'csv', rows: 5 } }]);
  });

  it('exports XLSX: "Participantes" with numeric cells and a frozen header, "Asistencia" person × session; audited', async () => {
    const response = await ctx.http().get(`/api/cohorts/${cohort.id}/roster.xlsx`).set(bearer(coordinatorToken)).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Participantes', 'Asistencia']);
    const sheet = workbook.getWorksheet('Participantes') as ExcelJS.Worksheet;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe('Apellidos');
    expect(sheet.getRow(1).getCell(10).value).toBe('Nota final');
    expect(sheet.rowCount).toBe(6);
    const anaRow = [...Array(5).keys()].map((i) => sheet.getRow(i + 2)).find((row) => row.getCell(3).value === people.ana.user.email) as ExcelJS.Row;
    expect(anaRow.getCell(9).value).toBe(100);
    expect(anaRow.getCell(10).value).toBe(90);
    expect(typeof anaRow.getCell(12).value).toBe('number');
    expect(anaRow.getCell(13).value).toBe(3);

    const grid = workbook.getWorksheet('Asistencia') as ExcelJS.Worksheet;
    expect(grid.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    // Header: person, four sessions, three counts and the rate; one row per person holding a place.
    expect((grid.getRow(1).values as unknown[]).length - 1).toBe(1 + 4 + 4);
    expect(grid.rowCount).toBe(1 + 3);
    const betoRow = [2, 3, 4].map((n) => grid.getRow(n)).find((row) => String(row.getCell(1).value).includes(people.beto.user.email.split('@')[0].split('.')[1])) as ExcelJS.Row;
    expect([2, 3, 4, 5].map((c) => betoRow.getCell(c).value)).toEqual(['P', 'P', 'A', 'A']);
    expect(betoRow.getCell(9).value).toBe(50);
    const audit = await ctx.db.query(`SELECT actor_id, after FROM audit_log WHERE entity_id = $1 AND action = 'roster.export' ORDER BY created_at`, [cohort.id]);
    expect(audit.at(-1)).toEqual({ actor_id: coordinator.id, after: { format: 'xlsx', rows: 5 } });
  });

  describe('grades', () => {
    const grade = (enrolmentId: string, body: object, token = facilitatorToken) =>
      ctx.http().put(`/api/enrolments/${enrolmentId}/grade`).set(bearer(token)).send(body);

    it('refuses bad grades with the field named, and people outside the cohort', async () => {
      for (const body of [{ grade: 101 }, { grade: -1 }, { grade: 'ochenta' }, { grade: 70.25 }, {}]) {
        const response = await grade(people.carla.id, body);
        expect({ body, status: response.status, fields: [...new Set(fields(response.body))] }).toEqual({ body, status: 400, fields: ['grade'] });
      }
      expect((await grade(people.carla.id, { grade: 80 }, otherFacilitatorToken)).status).toBe(404);
      expect((await grade(people.carla.id, { grade: 80 }, participantToken)).status).toBe(403);
      expect((await grade(randomUUID(), { grade: 80 })).status).toBe(404);
      const waitlisted = await grade(people.dario.id, { grade: 80 });
      expect(waitlisted.status).toBe(409);
      expect(fields(waitlisted.body)).toEqual(['grade']);
      const [row] = await ctx.db.query(`SELECT facilitator_grade FROM enrolments WHERE id = $1`, [people.carla.id]);
      expect(row.facilitator_grade).toBeNull();
    });

    it('the facilitator\'s grade becomes the final score and the rule applies at once; audited', async () => {
      // Beto finishes the quiz activity and makes up attendance; his quiz average (55) is still below 70.
      await ctx.db.query(`UPDATE activity_progress SET status = 'completed' WHERE enrolment_id = $1`, [people.beto.id]);
      await ctx.db.query(`UPDATE attendance SET status = 'present' WHERE enrolment_id = $1`, [people.beto.id]);
      const low = await grade(people.beto.id, { grade: 60 });
      expect(low.status).toBe(200);
      expect(low.body).toEqual({ enrolmentId: people.beto.id, facilitatorGrade: 60, finalScore: 60, status: 'in_progress', met: false });
      const pass = await grade(people.beto.id, { grade: 85.5 });
      expect(pass.body).toMatchObject({ facilitatorGrade: 85.5, finalScore: 85.5, status: 'passed', met: true });
      expect(await statusOf(ctx.db, people.beto.id)).toBe('passed');
      const [row] = await ctx.db.query(`SELECT final_score, facilitator_grade FROM enrolments WHERE id = $1`, [people.beto.id]);
      expect(row).toEqual({ final_score: '85.5', facilitator_grade: '85.5' });
      const audit = await ctx.db.query(`SELECT actor_id, before, after FROM audit_log WHERE entity_id = $1 AND action = 'enrolment.grade' ORDER BY created_at`, [people.beto.id]);
      expect(audit).toEqual([
        { actor_id: facilitator.id, before: { facilitatorGrade: null }, after: { facilitatorGrade: 60 } },
        { actor_id: facilitator.id, before: { facilitatorGrade: 60 }, after: { facilitatorGrade: 85.5 } },
      ]);
      // A verdict already given is not re-opened by a grade.
      const again = await grade(people.beto.id, { grade: 20 });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('TEACHING_GRADE_NOT_ALLOWED');
      // A coordinator may grade and remove a grade too.
      expect((await grade(people.carla.id, { grade: 50 }, coordinatorToken)).body.facilitatorGrade).toBe(50);
      const removed = await grade(people.carla.id, { grade: null }, coordinatorToken);
      expect(removed.body).toMatchObject({ facilitatorGrade: null, finalScore: 0 });
    });
  });

  describe('my cohorts', () => {
    it('a facilitator sees the cohorts they teach with counts and sessions; coordinators all current ones', async () => {
      const mine = await ctx.http().get('/api/teaching/cohorts').set(bearer(facilitatorToken));
      expect(mine.status).toBe(200);
      expect(mine.body).toHaveLength(1);
      expect(mine.body[0]).toMatchObject({
        id: cohort.id, courseId: course.id, label: '2026 · V1 · B', teaching: true, enrolledCount: 3, waitlistedCount: 1, sessionCount: 4,
        nextSession: null, lastSession: { id: sessions[3], title: 'Sesión 4' },
      });
      const upcoming = await insertSession(ctx.db, cohort.id, hoursFromNow(30), hoursFromNow(32), { title: 'Sesión 5' });
      const again = await ctx.http().get('/api/teaching/cohorts').set(bearer(facilitatorToken));
      expect(again.body[0].nextSession).toMatchObject({ id: upcoming, title: 'Sesión 5' });
      expect((await ctx.http().get('/api/teaching/cohorts').set(bearer(otherFacilitatorToken))).body).toEqual([]);
      const all = await ctx.http().get('/api/teaching/cohorts').set(bearer(coordinatorToken));
      expect(all.body.map((c: { id: string }) => c.id)).toContain(cohort.id);
      const onlyMine = await ctx.http().get('/api/teaching/cohorts?onlyMine=true').set(bearer(coordinatorToken));
      expect(onlyMine.body).toEqual([]);
      expect((await ctx.http().get('/api/teaching/cohorts').set(bearer(participantToken))).status).toBe(403);
    });
  });
});
