import { laPazToday, normaliseVerificationCode } from '@campus/domain';
import { CertificatesService } from '../../apps/api/src/modules/certificates/certificates.service';
import { createTestApp, login, makeCohort, makeCourse, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';
import { insertSession } from '../support/cohorts';
import { makeCohortWith, waitForJob } from '../support/certificates';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const fields = (body: { errors?: { field: string }[] }) => [...new Set((body.errors ?? []).map((e) => e.field))];
const year = () => Number(laPazToday().slice(0, 4));

describe('certificates: issuing, serials, revoking, reissuing and public verification (real PostgreSQL)', () => {
  let ctx: TestContext;
  let service: CertificatesService;
  let coordinator: MadeUser;
  let coordinatorToken: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    service = ctx.app.get(CertificatesService);
    coordinator = await makeUser(ctx.db, ['coordinator']);
    coordinatorToken = (await login(ctx, coordinator)).token;
  });
  afterAll(() => ctx.close());

  const issue = (enrolmentId: string, kind: 'approval' | 'participation' = 'approval') =>
    ctx.db.transaction((manager) => service.issueForEnrolment(manager, enrolmentId, kind, coordinator.id));

  it('issues an approval certificate automatically when a grade makes the participant pass', async () => {
    const municipality = await makeMunicipality(ctx.db, { name: 'Municipio de Achocalla' });
    const course = await makeCourse(ctx.db, { modality: 'online', workloadHours: 45, title: 'Presupuesto participativo' });
    const cohort = await makeCohort(ctx.db, course, { modality: 'online', venue: null });
    const holder = await makeUser(ctx.db, ['participant'], { municipalityId: municipality.id });
    await ctx.db.query(`UPDATE users SET first_names = 'María José', last_names = 'Quispe Ñanduti', national_id_number = '4821206', national_id_complement = '1B' WHERE id = $1`, [holder.id]);
    const [{ id: enrolmentId }] = await ctx.db.query(`INSERT INTO enrolments (cohort_id, user_id, status) VALUES ($1, $2, 'in_progress') RETURNING id`, [cohort.id, holder.id]);
    await ctx.db.query(
      `INSERT INTO course_competencies (course_id, competency_id, level) SELECT $1, id, 2 FROM competency_items WHERE code = 'A08.2.1'`,
      [course.id],
    );

    const graded = await ctx.http().put(`/api/enrolments/${enrolmentId}/grade`).set(bearer(coordinatorToken)).send({ grade: 91 });
    expect(graded.status).toBe(200);
    const [certificate] = await ctx.db.query(`SELECT * FROM certificates WHERE enrolment_id = $1`, [enrolmentId]);
    expect(certificate).toMatchObject({ kind: 'approval', status: 'valid', hours: 45, holder_id: holder.id, cohort_id: cohort.id, course_id: course.id });
    expect(certificate.serial).toMatch(new RegExp(`^EGM-${year()}-\\d{6}$`));
    expect(certificate.snapshot).toMatchObject({
      holder: { fullName: 'María José Quispe Ñanduti', nationalId: '4821206-1B LP', municipality: 'Municipio de Achocalla' },
      course: { code: course.code, title: 'Presupuesto participativo', modality: 'online' },
      hours: 45,
      finalScore: 91,
      issuer: { name: 'Escuela de Gestores Municipales' },
    });
    expect(certificate.snapshot.competencies).toEqual([expect.objectContaining({ code: 'A08.2.1', level: 2 })]);
    expect(certificate.snapshot.signatories.length).toBeGreaterThan(0);

    // The holder is told, and the audit log has it.
    const [notice] = await ctx.db.query(`SELECT link FROM notifications WHERE user_id = $1 AND kind = 'certificate.issued'`, [holder.id]);
    expect(notice.link).toBe('/mis-certificados');
    const audit = await ctx.db.query(`SELECT actor_id, after FROM audit_log WHERE action = 'certificate.issue' AND entity_id = $1`, [certificate.id]);
    expect(audit).toEqual([expect.objectContaining({ actor_id: coordinator.id, after: expect.objectContaining({ serial: certificate.serial }) })]);

    // Issuing again changes nothing: still one certificate.
    expect(await issue(enrolmentId)).toMatchObject({ created: false, certificate: expect.objectContaining({ id: certificate.id }) });
    expect(await ctx.db.query(`SELECT id FROM certificates WHERE enrolment_id = $1`, [enrolmentId])).toHaveLength(1);

    // The holder sees it in their list.
    const mine = await ctx.http().get('/api/certificates/mine').set(bearer((await login(ctx, holder)).token));
    expect(mine.status).toBe(200);
    expect(mine.body).toEqual([expect.objectContaining({ id: certificate.id, serial: certificate.serial, status: 'valid', holderName: 'María José Quispe Ñanduti' })]);
  });

  it('issues a participation certificate as soon as attendance is met, even without a passing score', async () => {
    const course = await makeCourse(ctx.db, { modality: 'blended', workloadHours: 20 });
    await ctx.db.query(`UPDATE courses SET certificate_kind = 'participation' WHERE id = $1`, [course.id]);
    const cohort = await makeCohort(ctx.db, course, { modality: 'blended' });
    const sessions = [
      await insertSession(ctx.db, cohort.id, '2035-03-05T12:00:00Z', '2035-03-05T14:00:00Z'),
      await insertSession(ctx.db, cohort.id, '2035-03-06T12:00:00Z', '2035-03-06T14:00:00Z'),
    ];
    const attendee = await makeUser(ctx.db, ['participant']);
    const absentee = await makeUser(ctx.db, ['participant']);
    const enrolmentOf = async (userId: string) =>
      (await ctx.db.query(`INSERT INTO enrolments (cohort_id, user_id, status) VALUES ($1, $2, 'in_progress') RETURNING id`, [cohort.id, userId]))[0].id as string;
    const attended = await enrolmentOf(attendee.id);
    const missed = await enrolmentOf(absentee.id);
    for (const session of sessions) {
      await ctx.db.query(`INSERT INTO attendance (session_id, enrolment_id, status) VALUES ($1, $2, 'present'), ($1, $3, 'absent')`, [session, attended, missed]);
    }
    for (const enrolmentId of [attended, missed]) {
      await ctx.http().put(`/api/enrolments/${enrolmentId}/grade`).set(bearer(coordinatorToken)).send({ grade: 30 }).expect(200);
    }
    const rows = await ctx.db.query(`SELECT enrolment_id, kind FROM certificates WHERE cohort_id = $1`, [cohort.id]);
    expect(rows).toEqual([{ enrolment_id: attended, kind: 'participation' }]);
    const [{ status }] = await ctx.db.query(`SELECT status FROM enrolments WHERE id = $1`, [attended]);
    expect(status).toBe('in_progress');
  });

  describe('revoking, reissuing and public verification', () => {
    let holder: MadeUser;
    let certificateId: string;
    let code: string;

    beforeAll(async () => {
      const made = await makeCohortWith(ctx, 1);
      holder = { ...(await makeUser(ctx.db, ['participant'])) };
      await ctx.db.query(`UPDATE enrolments SET user_id = $2 WHERE id = $1`, [made.enrolmentIds[0], holder.id]);
      await ctx.db.query(`UPDATE users SET first_names = 'Juan', last_names = 'Mamani Cruz', national_id_number = '9876543', national_id_complement = NULL WHERE id = $1`, [holder.id]);
      const { certificate } = await issue(made.enrolmentIds[0]);
      certificateId = certificate.id;
      code = certificate.verificationCode;
    });

    it('shows a valid certificate publicly, with the national ID masked and no personal contact data', async () => {
      const response = await ctx.http().get(`/api/public/certificates/${code.toLowerCase().replace(/(.{4})(.{4})/, '$1-$2-')}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ status: 'valid', holderName: 'Juan Mamani Cruz', nationalId: '****543 LP', hours: 60, kind: 'approval', replacement: null });
      const text = JSON.stringify(response.body);
      expect(text).not.toContain('9876543');
      expect(text).not.toContain('@');
      expect(Object.keys(response.body)).not.toEqual(expect.arrayContaining(['holderId', 'email', 'enrolmentId']));
    });

    it('answers malformed and unknown codes with the same "not found"', async () => {
      const unknown = [...code].reverse().join('') === code ? '0000000000ZZ' : [...code].reverse().join('');
      const responses = await Promise.all(
        ['abc', 'IIII-IIII-IIIU', unknown, `${code}X`].map((input) => ctx.http().get(`/api/public/certificates/${encodeURIComponent(input)}`)),
      );
      const bodies = responses.map((r) => ({ status: r.status, detail: r.body.detail, code: r.body.code }));
      for (const body of bodies) expect(body).toEqual(bodies[0]);
      expect(bodies[0].status).toBe(404);
      expect(bodies[0].detail ?? responses[0].body.title).toMatch(/No encontramos un certificado con ese código/);
      expect(normaliseVerificationCode('IIII-IIII-IIIU')).toBeNull();
    });

    it('lets only the holder and the coordination read it (others: 404)', async () => {
      const stranger = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;
      const facilitator = (await login(ctx, await makeUser(ctx.db, ['facilitator']))).token;
      await ctx.http().get(`/api/certificates/${certificateId}`).set(bearer(stranger)).expect(404);
      await ctx.http().get(`/api/certificates/${certificateId}`).set(bearer(facilitator)).expect(404);
      await ctx.http().get(`/api/certificates/${certificateId}`).set(bearer((await login(ctx, holder)).token)).expect(200);
      await ctx.http().get(`/api/certificates/${certificateId}`).set(bearer(coordinatorToken)).expect(200);
      const strangerList = await ctx.http().get('/api/certificates/mine').set(bearer(stranger));
      expect(strangerList.body).toEqual([]);
      await ctx.http().post(`/api/certificates/${certificateId}/revoke`).set(bearer(stranger)).send({ reason: 'x' }).expect(403);
    });

    it('reissues after a correction: the old one is superseded and points to the new one, with the corrected name', async () => {
      await ctx.db.query(`UPDATE users SET last_names = 'Mamani Cruz de la Vega' WHERE id = $1`, [holder.id]);
      const refused = await ctx.http().post(`/api/certificates/${certificateId}/reissue`).set(bearer(coordinatorToken)).send({ note: '  ' });
      expect(refused.status).toBe(400);
      expect(fields(refused.body)).toEqual(['note']);

      const response = await ctx.http().post(`/api/certificates/${certificateId}/reissue`).set(bearer(coordinatorToken)).send({ note: 'Apellido incompleto' });
      expect(response.status).toBe(200);
      const replacement = response.body;
      expect(replacement).toMatchObject({ status: 'valid', supersedesId: certificateId, correctionNote: 'Apellido incompleto', holderName: 'Juan Mamani Cruz de la Vega' });
      expect(replacement.verificationCode).not.toBe(code);

      const [old] = await ctx.db.query(`SELECT status, superseded_by_id, superseded_at, snapshot, serial FROM certificates WHERE id = $1`, [certificateId]);
      expect(old).toMatchObject({ status: 'superseded', superseded_by_id: replacement.id });
      expect(old.snapshot.holder.fullName).toBe('Juan Mamani Cruz');
      expect(replacement.serial).not.toBe(old.serial);

      const publicOld = await ctx.http().get(`/api/public/certificates/${code}`);
      expect(publicOld.body).toMatchObject({ status: 'superseded', replacement: { verificationCode: replacement.verificationCode, serial: replacement.serial } });

      const again = await ctx.http().post(`/api/certificates/${certificateId}/reissue`).set(bearer(coordinatorToken)).send({ note: 'Otra vez' });
      expect(again.status).toBe(409);
      const audit = await ctx.db.query(`SELECT actor_id, after FROM audit_log WHERE action = 'certificate.reissue' AND entity_id = $1`, [certificateId]);
      expect(audit).toEqual([expect.objectContaining({ actor_id: coordinator.id, after: expect.objectContaining({ note: 'Apellido incompleto', replacementId: replacement.id }) })]);
      certificateId = replacement.id;
      code = replacement.verificationCode;
    });

    it('revokes only with a reason, and the public page shows it revoked with reason and date', async () => {
      const missing = await ctx.http().post(`/api/certificates/${certificateId}/revoke`).set(bearer(coordinatorToken)).send({});
      expect(missing.status).toBe(400);
      expect(fields(missing.body)).toEqual(['reason']);
      const blank = await ctx.http().post(`/api/certificates/${certificateId}/revoke`).set(bearer(coordinatorToken)).send({ reason: '   ' });
      expect(fields(blank.body)).toEqual(['reason']);
      expect((await ctx.http().get(`/api/public/certificates/${code}`)).body.status).toBe('valid');

      const revoked = await ctx.http().post(`/api/certificates/${certificateId}/revoke`).set(bearer(coordinatorToken)).send({ reason: 'Emitido por error' });
      expect(revoked.status).toBe(200);
      expect(revoked.body).toMatchObject({ status: 'revoked', revocationReason: 'Emitido por error' });
      const publicView = await ctx.http().get(`/api/public/certificates/${code}`);
      expect(publicView.body).toMatchObject({ status: 'revoked', revocationReason: 'Emitido por error' });
      expect(new Date(publicView.body.revokedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);

      await ctx.http().post(`/api/certificates/${certificateId}/revoke`).set(bearer(coordinatorToken)).send({ reason: 'Otra vez' }).expect(409);
      await ctx.http().post(`/api/certificates/${certificateId}/reissue`).set(bearer(coordinatorToken)).send({ note: 'No' }).expect(409);
      const audit = await ctx.db.query(`SELECT actor_id, after FROM audit_log WHERE action = 'certificate.revoke' AND entity_id = $1`, [certificateId]);
      expect(audit).toEqual([expect.objectContaining({ actor_id: coordinator.id, after: expect.objectContaining({ reason: 'Emitido por error' }) })]);
      const [notice] = await ctx.db.query(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'certificate.revoked'`, [holder.id]);
      expect(notice.title).toContain('revocado');

      // A revoked certificate is still the enrolment's current one: issuing again does not create another.
      const [{ enrolment_id }] = await ctx.db.query(`SELECT enrolment_id FROM certificates WHERE id = $1`, [certificateId]);
      const retry = await issue(enrolment_id);
      expect(retry).toMatchObject({ created: false, certificate: expect.objectContaining({ id: certificateId, status: 'revoked' }) });
    });
  });

  describe('cohort lists and batch jobs', () => {
    it('lists a cohort\'s certificates to the coordination and its facilitators only, and shows batch progress to its starter', async () => {
      const { cohortId } = await makeCohortWith(ctx, 3);
      const facilitator = await makeUser(ctx.db, ['facilitator']);
      await ctx.db.query(`INSERT INTO cohort_facilitators (cohort_id, user_id) VALUES ($1, $2)`, [cohortId, facilitator.id]);
      const facilitatorToken = (await login(ctx, facilitator)).token;
      const otherFacilitator = (await login(ctx, await makeUser(ctx.db, ['facilitator']))).token;
      const participant = (await login(ctx, await makeUser(ctx.db, ['participant']))).token;

      await ctx.http().post(`/api/cohorts/${cohortId}/certificates/batch`).set(bearer(facilitatorToken)).expect(403);
      const started = await ctx.http().post(`/api/cohorts/${cohortId}/certificates/batch`).set(bearer(coordinatorToken));
      expect(started.status).toBe(202);
      await ctx.http().get(`/api/jobs/${started.body.jobId}`).set(bearer(participant)).expect(404);
      const job = await waitForJob(ctx, coordinatorToken, started.body.jobId);
      expect(job).toMatchObject({ status: 'done', total: 3, done: 3, failed: 0, result: expect.objectContaining({ issued: 3, existing: 0 }) });
      const [batchAudit] = await ctx.db.query(`SELECT actor_id FROM audit_log WHERE action = 'certificate.batch' AND entity_id = $1`, [cohortId]);
      expect(batchAudit.actor_id).toBe(coordinator.id);

      const list = await ctx.http().get(`/api/cohorts/${cohortId}/certificates`).set(bearer(coordinatorToken));
      expect(list.status).toBe(200);
      expect(list.body).toHaveLength(3);
      await ctx.http().get(`/api/cohorts/${cohortId}/certificates`).set(bearer(facilitatorToken)).expect(200);
      await ctx.http().get(`/api/cohorts/${cohortId}/certificates`).set(bearer(otherFacilitator)).expect(404);
      await ctx.http().get(`/api/cohorts/${cohortId}/certificates`).set(bearer(participant)).expect(403);
      await ctx.http().get(`/api/cohorts/00000000-0000-4000-8000-000000000000/certificates`).set(bearer(coordinatorToken)).expect(404);
      await ctx.http().post(`/api/cohorts/00000000-0000-4000-8000-000000000000/certificates/batch`).set(bearer(coordinatorToken)).expect(404);
    });
  });
});
