import type { Response } from 'supertest';
import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';
import { laPazDay } from '../support/cohorts';
import { bearer, fieldsOf, makeFrameworkBranch } from '../support/courses';
import { readPdf } from '../support/pdf';
import { createSiblingDatabase } from '../support/test-database';

/** Collects a binary body (supertest only buffers text by default). */
const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

interface Made {
  placementId: string;
  hostUnit: string;
  competencyIds: [string, string];
}

describe('internship execution: work plan, logbook, final report, evaluation and certificate (real PostgreSQL)', () => {
  let ctx: TestContext;
  let tutor: MadeUser;
  let tutorToken: string;
  let otherTutorToken: string;
  let coordinatorToken: string;
  let intern: MadeUser;
  let internToken: string;
  let otherParticipantToken: string;
  let competencyIds: [string, string];

  beforeAll(async () => {
    // A database of its own: the serial checks count every certificate of the year, which other
    // files running at the same time also issue (some with numbers of their own).
    ctx = await createTestApp(await createSiblingDatabase('internships'));
    tutor = await makeUser(ctx.db, ['tutor']);
    tutorToken = (await login(ctx, tutor)).token;
    otherTutorToken = (await login(ctx, await makeUser(ctx.db, ['tutor']))).token;
    coordinatorToken = (await login(ctx, await makeUser(ctx.db, ['coordinator']))).token;
    const municipality = await makeMunicipality(ctx.db);
    intern = await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id });
    internToken = (await login(ctx, intern)).token;
    otherParticipantToken = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;
    competencyIds = (await makeFrameworkBranch(ctx.db)).competencyIds;
  });
  afterAll(() => ctx.close());

  /** A confirmed placement of `applicant` with `tutorId`, from 20 days ago to 20 days ahead (inserted with SQL). */
  const makePlacement = async (applicant: MadeUser, tutorId: string, status = 'confirmed'): Promise<Made> => {
    const suffix = Math.random().toString(36).slice(2, 8);
    const [call] = await ctx.db.query(
      `INSERT INTO internship_calls (gestion, title, opens_on, closes_on, status, published_at) VALUES (2026, $1, $2, $3, 'published', now()) RETURNING id`,
      [`Convocatoria ${suffix}`, laPazDay(-60), laPazDay(-30)],
    );
    const hostUnit = `Dirección de Planificación ${suffix}`;
    const [unit] = await ctx.db.query(
      `INSERT INTO host_units (call_id, name, places, starts_on, ends_on) VALUES ($1, $2, 2, $3, $4) RETURNING id`,
      [call.id, hostUnit, laPazDay(-20), laPazDay(20)],
    );
    for (const [index, id] of competencyIds.entries()) {
      await ctx.db.query(`INSERT INTO host_unit_competencies (host_unit_id, competency_id, level) VALUES ($1, $2, $3)`, [unit.id, id, index + 1]);
    }
    await ctx.db.query(`INSERT INTO host_unit_tutors (host_unit_id, user_id) VALUES ($1, $2)`, [unit.id, tutorId]);
    const [application] = await ctx.db.query(
      `INSERT INTO internship_applications (call_id, applicant_id, municipality_id, motivation, status, endorsement)
       VALUES ($1, $2, $3, 'Quiero aprender', 'placed', 'endorsed') RETURNING id`,
      [call.id, applicant.id, applicant.municipalityId],
    );
    const [placement] = await ctx.db.query(
      `INSERT INTO placements (application_id, host_unit_id, tutor_id, status, starts_on, ends_on, confirmed_at)
       VALUES ($1, $2, $3, $4, $5, $6, now()) RETURNING id`,
      [application.id, unit.id, tutorId, status, laPazDay(-20), laPazDay(20)],
    );
    return { placementId: placement.id, hostUnit, competencyIds };
  };

  const get = (placementId: string, token: string) => ctx.http().get(`/api/internships/execution/${placementId}`).set(bearer(token));
  const workPlan = (placementId: string, body: Record<string, unknown>, token = tutorToken) =>
    ctx.http().put(`/api/internships/execution/${placementId}/work-plan`).set(bearer(token)).send(body);
  const addEntry = (placementId: string, body: Record<string, unknown>, token = internToken) =>
    ctx.http().post(`/api/internships/execution/${placementId}/logbook`).set(bearer(token)).send(body);
  const editEntry = (entryId: string, body: Record<string, unknown>, token = internToken) =>
    ctx.http().patch(`/api/internships/logbook-entries/${entryId}`).set(bearer(token)).send(body);
  const validate = (entryId: string, token = tutorToken) => ctx.http().post(`/api/internships/logbook-entries/${entryId}/validate`).set(bearer(token));
  const returnEntry = (entryId: string, comment: string, token = tutorToken) =>
    ctx.http().post(`/api/internships/logbook-entries/${entryId}/return`).set(bearer(token)).send({ comment });
  const report = (placementId: string, body: Record<string, unknown>, token = internToken) =>
    ctx.http().post(`/api/internships/execution/${placementId}/final-report`).set(bearer(token)).send(body);
  const evaluate = (placementId: string, body: Record<string, unknown>, token = tutorToken) =>
    ctx.http().post(`/api/internships/execution/${placementId}/evaluation`).set(bearer(token)).send(body);
  const entry = (overrides: Record<string, unknown> = {}) => ({ entryDate: laPazDay(-1), hours: 6, activities: 'Revisión del POA', learnings: 'Cómo se arma el POA', ...overrides });
  const goodReport = { finalReport: 'Informe. '.repeat(20), improvementProposal: 'Propuesta de mejora del archivo municipal. '.repeat(2) };

  /** A placement with its plan agreed (in progress). */
  const started = async (applicant = intern, tutorId = tutor.id): Promise<Made> => {
    const made = await makePlacement(applicant, tutorId);
    expect((await workPlan(made.placementId, { workPlan: 'Semana 1: diagnóstico', agreed: true })).status).toBe(200);
    return made;
  };

  describe('the work plan', () => {
    it('is written by the tutor; agreeing it starts the internship and opens the logbook', async () => {
      const { placementId } = await makePlacement(intern, tutor.id);
      const closed = await addEntry(placementId, entry());
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('INTERNSHIP_WRONG_PLACEMENT_STATUS');

      const draft = await workPlan(placementId, { workPlan: 'Borrador' });
      expect(draft.status).toBe(200);
      expect(draft.body).toMatchObject({ status: 'confirmed', workPlan: 'Borrador', workPlanAgreedAt: null });
      const agreed = await workPlan(placementId, { workPlan: 'Semana 1: diagnóstico', agreed: true });
      expect(agreed.body).toMatchObject({ status: 'in_progress', workPlan: 'Semana 1: diagnóstico' });
      expect(agreed.body.workPlanAgreedAt).not.toBeNull();

      const seen = await get(placementId, internToken);
      expect(seen.body).toMatchObject({ workPlan: 'Semana 1: diagnóstico', can: { writeLogbook: true, editPlan: false, review: false } });
      expect((await workPlan(placementId, { workPlan: 'x' }, internToken)).status).toBe(403);
      expect((await workPlan(placementId, { workPlan: 'x' }, otherTutorToken)).status).toBe(404);
      const audit = await ctx.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [placementId]);
      expect(audit).toEqual([{ action: 'internship.work_plan' }, { action: 'internship.work_plan' }]);
    });
  });

  describe('the logbook rules', () => {
    let placementId: string;
    beforeAll(async () => {
      ({ placementId } = await started());
    });

    it('refuses a future date, a date outside the placement and hours not above zero, naming the field', async () => {
      const future = await addEntry(placementId, entry({ entryDate: laPazDay(1) }));
      expect(future.status).toBe(400);
      expect(fieldsOf(future.body)).toEqual(['entryDate']);
      expect(future.body.errors[0].message).toBe('La fecha no puede ser futura');
      const before = await addEntry(placementId, entry({ entryDate: laPazDay(-21) }));
      expect(before.status).toBe(400);
      expect(before.body.errors).toEqual([{ field: 'entryDate', message: 'La fecha debe estar dentro de las fechas de la pasantía' }]);
      for (const hours of [0, -2]) {
        const bad = await addEntry(placementId, entry({ hours }));
        expect(bad.status).toBe(400);
        expect(fieldsOf(bad.body)).toEqual(['hours']);
      }
      const missing = await addEntry(placementId, { entryDate: laPazDay(-1) });
      expect(missing.status).toBe(400);
      expect(fieldsOf(missing.body)).toEqual(expect.arrayContaining(['hours', 'activities']));
      expect(Number((await ctx.db.query(`SELECT count(*) FROM logbook_entries WHERE placement_id = $1`, [placementId]))[0].count)).toBe(0);
    });

    it('refuses more than 24 hours in a day counting the other entries, also when two arrive at once', async () => {
      const day = laPazDay(-2);
      expect((await addEntry(placementId, entry({ entryDate: day, hours: 20 }))).status).toBe(201);
      const over = await addEntry(placementId, entry({ entryDate: day, hours: 4.5 }));
      expect(over.status).toBe(400);
      expect(over.body.errors).toEqual([{ field: 'hours', message: 'Con las demás entradas de ese día, las horas pasan de 24' }]);
      expect((await addEntry(placementId, entry({ entryDate: day, hours: 4 }))).status).toBe(201);

      const otherDay = laPazDay(-3);
      const results = await Promise.all([addEntry(placementId, entry({ entryDate: otherDay, hours: 13 })), addEntry(placementId, entry({ entryDate: otherDay, hours: 13 }))]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 400]);
      const [{ sum }] = await ctx.db.query(`SELECT sum(hours)::float AS sum FROM logbook_entries WHERE placement_id = $1 AND entry_date = $2`, [placementId, otherDay]);
      expect(sum).toBe(13);
    });
  });

  describe('tutor scoping', () => {
    it('shows a placement only to its intern, its tutor and coordination; others get 404, a participant cannot validate', async () => {
      const { placementId } = await started();
      const created = await addEntry(placementId, entry());
      expect(created.status).toBe(201);
      expect((await get(placementId, tutorToken)).status).toBe(200);
      expect((await get(placementId, coordinatorToken)).status).toBe(200);
      expect((await get(placementId, otherTutorToken)).status).toBe(404);
      expect((await get(placementId, otherParticipantToken)).status).toBe(404);
      expect((await validate(created.body.id, otherTutorToken)).status).toBe(404);
      expect((await returnEntry(created.body.id, 'No', otherTutorToken)).status).toBe(404);
      expect((await validate(created.body.id, internToken)).status).toBe(403);
      expect((await addEntry(placementId, entry(), otherParticipantToken)).status).toBe(404);
      expect((await editEntry(created.body.id, entry(), otherParticipantToken)).status).toBe(404);
      expect((await evaluate(placementId, { levels: [], score: 80, verdict: 'approved' }, otherTutorToken)).status).toBe(404);

      const mine = await ctx.http().get('/api/internships/execution/interns').set(bearer(tutorToken));
      expect(mine.body.map((p: { id: string }) => p.id)).toContain(placementId);
      const others = await ctx.http().get('/api/internships/execution/interns').set(bearer(otherTutorToken));
      expect(others.status).toBe(200);
      expect(others.body).toEqual([]);
      const own = await ctx.http().get('/api/internships/execution/mine').set(bearer(internToken));
      expect(own.body.map((p: { id: string }) => p.id)).toContain(placementId);
      expect((await ctx.http().get('/api/internships/execution/mine').set(bearer(otherParticipantToken))).body).toEqual([]);
    });
  });

  describe('validating and returning entries', () => {
    it('returns with a comment, takes the correction back as submitted, validates, and then locks the entry', async () => {
      const { placementId } = await started();
      const created = await addEntry(placementId, entry({ hours: 5 }));
      const returned = await returnEntry(created.body.id, 'Detalle las actividades');
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({ status: 'returned', tutorComment: 'Detalle las actividades' });
      expect((await returnEntry(created.body.id, 'otra vez')).status).toBe(409);
      const blank = await returnEntry(created.body.id, '  ');
      expect(fieldsOf(blank.body)).toEqual(['comment']);

      const corrected = await editEntry(created.body.id, entry({ hours: 5.5, activities: 'Revisión del POA con la unidad financiera' }));
      expect(corrected.status).toBe(200);
      expect(corrected.body).toMatchObject({ status: 'submitted', hours: 5.5 });
      const validated = await validate(created.body.id);
      expect(validated.body).toMatchObject({ status: 'validated' });
      const locked = await editEntry(created.body.id, entry());
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('INTERNSHIP_LOGBOOK_ENTRY_LOCKED');
      const view = await get(placementId, internToken);
      expect(view.body).toMatchObject({ validatedHours: 5.5, submittedHours: 0, pendingEntries: 0 });

      const audit = await ctx.db.query(`SELECT action, actor_id FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [created.body.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual([
        'internship.logbook.add', 'internship.logbook.return', 'internship.logbook.update', 'internship.logbook.validate',
      ]);
      const [note] = await ctx.db.query(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'internship.logbook_returned'`, [intern.id]);
      expect(note.title).toContain('devolvió');
    });
  });

  describe('closing', () => {
    it('requires the final report and the improvement proposal, with a minimum length', async () => {
      const { placementId } = await started();
      const missing = await report(placementId, {});
      expect(missing.status).toBe(400);
      expect(fieldsOf(missing.body)).toEqual(expect.arrayContaining(['finalReport', 'improvementProposal']));
      const short = await report(placementId, { finalReport: 'Corto', improvementProposal: 'Corta' });
      expect(short.status).toBe(400);
      expect(short.body.errors).toEqual(expect.arrayContaining([{ field: 'finalReport', message: 'Debe tener al menos 100 caracteres' }]));
      expect((await evaluate(placementId, { levels: [], score: 80, verdict: 'approved' })).status).toBe(409);
      const done = await report(placementId, goodReport);
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ status: 'report_submitted', can: { writeLogbook: false, submitReport: false } });
      expect((await addEntry(placementId, entry())).status).toBe(409);
      expect((await report(placementId, goodReport)).status).toBe(409);
    });

    it('approves: internship certificate with the validated hours only, gapless serial, competency records, audit and notice', async () => {
      const { placementId, hostUnit } = await started();
      const a = await addEntry(placementId, entry({ entryDate: laPazDay(-5), hours: 6.5 }));
      const b = await addEntry(placementId, entry({ entryDate: laPazDay(-4), hours: 3 }));
      await addEntry(placementId, entry({ entryDate: laPazDay(-3), hours: 4 })); // never validated
      const c = await addEntry(placementId, entry({ entryDate: laPazDay(-2), hours: 8 }));
      await validate(a.body.id);
      await validate(b.body.id);
      await returnEntry(c.body.id, 'Falta detalle'); // returned: does not count
      expect((await report(placementId, goodReport)).status).toBe(200);

      const missing = await evaluate(placementId, { levels: [{ competencyId: competencyIds[0], level: 2 }], score: 85, verdict: 'approved' });
      expect(missing.status).toBe(400);
      expect(fieldsOf(missing.body)).toEqual(['levels']);
      const levels = [{ competencyId: competencyIds[0], level: 2 }, { competencyId: competencyIds[1], level: 0 }];
      const low = await evaluate(placementId, { levels, score: 60, verdict: 'approved' });
      expect(low.status).toBe(400);
      expect(fieldsOf(low.body)).toEqual(['score']);
      const badLevel = await evaluate(placementId, { levels: [{ competencyId: competencyIds[0], level: 4 }, levels[1]], score: 80, verdict: 'approved' });
      expect(fieldsOf(badLevel.body)).toEqual(['levels.0.level']);

      const [{ max }] = await ctx.db.query(`SELECT COALESCE(max(number), 0)::int AS max FROM certificates WHERE year = extract(year FROM now())::int`);
      const approved = await evaluate(placementId, { levels, score: 85, verdict: 'approved', comment: 'Muy buen trabajo' });
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', evaluation: { score: 85, verdict: 'approved', levels }, certificate: { status: 'valid' } });

      const certificates = await ctx.db.query(`SELECT * FROM certificates WHERE placement_id = $1`, [placementId]);
      expect(certificates).toHaveLength(1);
      const [certificate] = certificates;
      expect(certificate).toMatchObject({ kind: 'internship', holder_id: intern.id, hours: 10, enrolment_id: null, number: max + 1, issued_by: tutor.id });
      expect(certificate.snapshot).toMatchObject({
        hours: 10, finalScore: 85, course: null, internship: { hostUnit, startsOn: laPazDay(-20), endsOn: laPazDay(20) },
      });
      expect(certificate.snapshot.competencies).toHaveLength(1);
      expect(certificate.snapshot.competencies[0]).toMatchObject({ level: 2 });

      const records = await ctx.db.query(`SELECT user_id, competency_id, level, source FROM competency_records WHERE placement_id = $1`, [placementId]);
      expect(records).toEqual([{ user_id: intern.id, competency_id: competencyIds[0], level: 2, source: 'internship' }]);
      const audit = await ctx.db.query(
        `SELECT action FROM audit_log WHERE entity_id IN ($1, $2) AND action IN ('internship.evaluate', 'certificate.issue') ORDER BY created_at`,
        [placementId, certificate.id],
      );
      expect(audit.map((r: { action: string }) => r.action)).toEqual(['internship.evaluate', 'certificate.issue']);
      const notes = await ctx.db.query(`SELECT kind FROM notifications WHERE user_id = $1 AND kind IN ('internship.approved', 'certificate.issued')`, [intern.id]);
      expect(notes.map((n: { kind: string }) => n.kind).sort()).toEqual(['certificate.issued', 'internship.approved']);

      // The intern sees it among their certificates, and the PDF prints the unit, the dates and the hours.
      const mine = await ctx.http().get('/api/certificates/mine').set(bearer(internToken));
      expect(mine.body.map((x: { id: string }) => x.id)).toContain(certificate.id);
      const pdf = await ctx.http().get(`/api/certificates/${certificate.id}/pdf`).set(bearer(internToken)).buffer(true).parse(binary);
      expect(pdf.status).toBe(200);
      const text = readPdf(pdf.body).text.replace(/\s+/g, ' ');
      expect(text).toContain(hostUnit);
      expect(text).toMatch(/10 horas/);

      const again = await evaluate(placementId, { levels, score: 90, verdict: 'approved' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('INTERNSHIP_ALREADY_EVALUATED');
      expect(await ctx.db.query(`SELECT id FROM certificates WHERE placement_id = $1`, [placementId])).toHaveLength(1);
    });

    it('issues one certificate per placement even when approved twice at once, and serials stay gapless', async () => {
      const { placementId } = await started();
      await validate((await addEntry(placementId, entry())).body.id);
      await report(placementId, goodReport);
      const levels = competencyIds.map((competencyId) => ({ competencyId, level: 3 }));
      const results = await Promise.all([
        evaluate(placementId, { levels, score: 95, verdict: 'approved' }),
        evaluate(placementId, { levels, score: 95, verdict: 'approved' }, coordinatorToken),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(await ctx.db.query(`SELECT id FROM certificates WHERE placement_id = $1`, [placementId])).toHaveLength(1);
      expect(await ctx.db.query(`SELECT id FROM competency_records WHERE placement_id = $1`, [placementId])).toHaveLength(2);
      const numbers: { number: number }[] = await ctx.db.query(`SELECT number FROM certificates WHERE year = extract(year FROM now())::int ORDER BY number`);
      expect(numbers.map((n) => n.number)).toEqual(numbers.map((_, i) => i + 1));
    });

    it('does not approve: placement not approved, no certificate, no competency records', async () => {
      const { placementId } = await started();
      await report(placementId, goodReport);
      const levels = competencyIds.map((competencyId) => ({ competencyId, level: 0 }));
      const result = await evaluate(placementId, { levels, score: 40, verdict: 'not_approved', comment: 'No cumplió el plan' });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ status: 'not_approved', certificate: null, evaluation: { score: 40, verdict: 'not_approved' } });
      expect(await ctx.db.query(`SELECT id FROM certificates WHERE placement_id = $1`, [placementId])).toEqual([]);
      expect(await ctx.db.query(`SELECT id FROM competency_records WHERE placement_id = $1`, [placementId])).toEqual([]);
      const [audit] = await ctx.db.query(`SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'internship.evaluate'`, [placementId]);
      expect(audit.after).toMatchObject({ status: 'not_approved', score: 40 });
    });
  });
});
