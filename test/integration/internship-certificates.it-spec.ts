import { createTestApp, login, makeMunicipality, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';
import { laPazDay } from '../support/cohorts';
import { bearer, fieldsOf, makeFrameworkBranch } from '../support/courses';
import { createSiblingDatabase } from '../support/test-database';

/**
 * Reissuing internship certificates after a correction (certificates of kind 'internship', tied to
 * a placement instead of an enrolment): the placement's current facts, the old one superseded and
 * pointing to the new one, gapless serials, audit, notice, public verification and Open Badges.
 */
describe('internship certificates: reissue after a correction (real PostgreSQL)', () => {
  let ctx: TestContext;
  let tutor: MadeUser;
  let tutorToken: string;
  let coordinator: MadeUser;
  let coordinatorToken: string;
  let adminToken: string;
  let municipalityId: string;
  let competencyIds: [string, string];

  beforeAll(async () => {
    // A database of its own: the serial checks count every certificate of the year.
    ctx = await createTestApp(await createSiblingDatabase('internship-certificates'));
    tutor = await makeUser(ctx.db, ['tutor']);
    tutorToken = (await login(ctx, tutor)).token;
    coordinator = await makeUser(ctx.db, ['coordinator']);
    coordinatorToken = (await login(ctx, coordinator)).token;
    adminToken = (await login(ctx, await makeUser(ctx.db, ['admin']))).token;
    municipalityId = (await makeMunicipality(ctx.db)).id;
    competencyIds = (await makeFrameworkBranch(ctx.db)).competencyIds;
  });
  afterAll(() => ctx.close());

  const reissue = (id: string, note: string, token = coordinatorToken) =>
    ctx.http().post(`/api/certificates/${id}/reissue`).set(bearer(token)).send({ note });
  const verify = (code: string) => ctx.http().get(`/api/public/certificates/${code}`);
  const execution = (placementId: string, token = coordinatorToken) => ctx.http().get(`/api/internships/execution/${placementId}`).set(bearer(token));
  const yearNumbers = async (): Promise<number[]> =>
    (await ctx.db.query(`SELECT number FROM certificates WHERE year = extract(year FROM now())::int ORDER BY number`)).map((r: { number: number }) => r.number);

  /**
   * An intern's placement taken through the real API to approval: plan agreed, two entries of 6.5
   * and 3 hours validated (one of 4 hours left unvalidated), report submitted, evaluated 85.
   */
  const approvedPlacement = async (): Promise<{ intern: MadeUser; internToken: string; placementId: string; hostUnit: string; certificateId: string }> => {
    const intern = await makeUser(ctx.db, ['participant'], { municipalityId });
    const internToken = (await login(ctx, intern)).token;
    const suffix = Math.random().toString(36).slice(2, 8);
    const [call] = await ctx.db.query(
      `INSERT INTO internship_calls (gestion, title, opens_on, closes_on, status, published_at) VALUES (2026, $1, $2, $3, 'published', now()) RETURNING id`,
      [`Convocatoria ${suffix}`, laPazDay(-60), laPazDay(-30)],
    );
    const hostUnit = `Dirección de Catastro ${suffix}`;
    const [unit] = await ctx.db.query(
      `INSERT INTO host_units (call_id, name, places, starts_on, ends_on) VALUES ($1, $2, 2, $3, $4) RETURNING id`,
      [call.id, hostUnit, laPazDay(-20), laPazDay(20)],
    );
    for (const [index, id] of competencyIds.entries()) {
      await ctx.db.query(`INSERT INTO host_unit_competencies (host_unit_id, competency_id, level) VALUES ($1, $2, $3)`, [unit.id, id, index + 1]);
    }
    await ctx.db.query(`INSERT INTO host_unit_tutors (host_unit_id, user_id) VALUES ($1, $2)`, [unit.id, tutor.id]);
    const [application] = await ctx.db.query(
      `INSERT INTO internship_applications (call_id, applicant_id, municipality_id, motivation, status, endorsement)
       VALUES ($1, $2, $3, 'Quiero aprender', 'placed', 'endorsed') RETURNING id`,
      [call.id, intern.id, municipalityId],
    );
    const [placement] = await ctx.db.query(
      `INSERT INTO placements (application_id, host_unit_id, tutor_id, status, starts_on, ends_on, confirmed_at)
       VALUES ($1, $2, $3, 'confirmed', $4, $5, now()) RETURNING id`,
      [application.id, unit.id, tutor.id, laPazDay(-20), laPazDay(20)],
    );
    const placementId: string = placement.id;
    const http = ctx.http;
    await http().put(`/api/internships/execution/${placementId}/work-plan`).set(bearer(tutorToken)).send({ workPlan: 'Semana 1: diagnóstico', agreed: true }).expect(200);
    const add = (day: number, hours: number) =>
      http().post(`/api/internships/execution/${placementId}/logbook`).set(bearer(internToken)).send({ entryDate: laPazDay(day), hours, activities: 'Revisión del catastro' }).expect(201);
    const a = await add(-5, 6.5);
    const b = await add(-4, 3);
    await add(-3, 4); // never validated: does not count
    for (const entry of [a, b]) await http().post(`/api/internships/logbook-entries/${entry.body.id}/validate`).set(bearer(tutorToken)).expect(200);
    await http()
      .post(`/api/internships/execution/${placementId}/final-report`)
      .set(bearer(internToken))
      .send({ finalReport: 'Informe. '.repeat(20), improvementProposal: 'Propuesta de mejora del catastro municipal. '.repeat(2) })
      .expect(200);
    const evaluated = await http()
      .post(`/api/internships/execution/${placementId}/evaluation`)
      .set(bearer(tutorToken))
      .send({ levels: [{ competencyId: competencyIds[0], level: 2 }, { competencyId: competencyIds[1], level: 0 }], score: 85, verdict: 'approved' })
      .expect(200);
    return { intern, internToken, placementId, hostUnit, certificateId: evaluated.body.certificate.id };
  };

  it('reissues after a name correction: new serial with the corrected name and the same hours, the old one superseded and pointing to it', async () => {
    const { intern, internToken, placementId, hostUnit, certificateId } = await approvedPlacement();
    const [old] = await ctx.db.query(`SELECT serial, verification_code, hours, snapshot FROM certificates WHERE id = $1`, [certificateId]);
    expect(old.hours).toBe(10);
    expect(old.snapshot.holder.fullName).toMatch(/^Prueba Usuario /);

    // The correction: the intern's surname and national ID were wrong.
    await ctx.db.query(`UPDATE users SET first_names = 'María', last_names = 'Quispe de la Cruz', national_id_number = '4821206', national_id_complement = '1B' WHERE id = $1`, [intern.id]);

    // Only coordination reissues; the note is required and names its field.
    expect((await reissue(certificateId, 'Apellido', tutorToken)).status).toBe(403);
    expect((await reissue(certificateId, 'Apellido', internToken)).status).toBe(403);
    const blank = await reissue(certificateId, '   ');
    expect(blank.status).toBe(400);
    expect(fieldsOf(blank.body)).toEqual(['note']);
    expect(await ctx.db.query(`SELECT id FROM certificates WHERE placement_id = $1 OR supersedes_id = $2`, [placementId, certificateId])).toHaveLength(1);

    const response = await reissue(certificateId, 'Apellido y cédula corregidos');
    expect(response.status).toBe(200);
    const replacement = response.body;
    expect(replacement).toMatchObject({
      kind: 'internship',
      status: 'valid',
      holderId: intern.id,
      holderName: 'María Quispe de la Cruz',
      nationalId: '4821206-1B LP',
      hours: 10,
      finalScore: 85,
      enrolmentId: null,
      course: null,
      internship: { hostUnit, startsOn: laPazDay(-20), endsOn: laPazDay(20) },
      supersedesId: certificateId,
      correctionNote: 'Apellido y cédula corregidos',
    });
    expect(replacement.competencies).toEqual(old.snapshot.competencies);
    expect(replacement.serial).not.toBe(old.serial);
    expect(replacement.verificationCode).not.toBe(old.verification_code);

    const rows = await ctx.db.query(
      `SELECT id, status, placement_id, superseded_by_id, superseded_at, number FROM certificates WHERE id IN ($1, $2)`,
      [certificateId, replacement.id],
    );
    const before = rows.find((r: { id: string }) => r.id === certificateId);
    const after = rows.find((r: { id: string }) => r.id === replacement.id);
    expect(before).toMatchObject({ status: 'superseded', superseded_by_id: replacement.id, placement_id: placementId });
    expect(before.superseded_at).not.toBeNull();
    expect(after).toMatchObject({ status: 'valid', placement_id: placementId, superseded_by_id: null });
    // Serials stay gapless: the replacement took the year's next number.
    const numbers = await yearNumbers();
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(after.number).toBe(Math.max(...numbers));
    // The old snapshot is immutable.
    const [frozen] = await ctx.db.query(`SELECT snapshot FROM certificates WHERE id = $1`, [certificateId]);
    expect(frozen.snapshot.holder.fullName).toBe(old.snapshot.holder.fullName);

    // The placement now shows the new one; the intern's list has both, the old one marked replaced.
    expect((await execution(placementId)).body.certificate).toEqual({
      id: replacement.id, serial: replacement.serial, status: 'valid', verificationCode: replacement.verificationCode,
    });
    expect((await execution(placementId, internToken)).body.certificate.verificationCode).toBe(replacement.verificationCode);
    // The tutor sees which certificate it is, not its verification code.
    expect((await execution(placementId, tutorToken)).body.certificate).toEqual({ id: replacement.id, serial: replacement.serial, status: 'valid', verificationCode: null });
    const mine = await ctx.http().get('/api/certificates/mine').set(bearer(internToken));
    expect(mine.body.find((c: { id: string }) => c.id === certificateId)).toMatchObject({
      status: 'superseded', supersededById: replacement.id, replacementCode: replacement.verificationCode,
    });

    // Public verification of the old code says replaced and links to the new one.
    const publicOld = await verify(old.verification_code);
    expect(publicOld.status).toBe(200);
    expect(publicOld.body).toMatchObject({
      status: 'superseded', kind: 'internship', replacement: { serial: replacement.serial, verificationCode: replacement.verificationCode },
    });
    const publicNew = await verify(replacement.verificationCode);
    expect(publicNew.body).toMatchObject({ status: 'valid', kind: 'internship', holderName: 'María Quispe de la Cruz', nationalId: '****206-1B LP', hours: 10, replacement: null });

    // Audit and notice.
    const audit = await ctx.db.query(`SELECT actor_id, before, after FROM audit_log WHERE action = 'certificate.reissue' AND entity_id = $1`, [certificateId]);
    expect(audit).toEqual([
      expect.objectContaining({
        actor_id: coordinator.id,
        before: expect.objectContaining({ serial: old.serial, hours: 10 }),
        after: expect.objectContaining({
          status: 'superseded', replacementId: replacement.id, replacementSerial: replacement.serial, holderName: 'María Quispe de la Cruz', hours: 10, placementId,
        }),
      }),
    ]);
    const notices = await ctx.db.query(`SELECT title FROM notifications WHERE user_id = $1 AND kind = 'certificate.reissued'`, [intern.id]);
    expect(notices).toEqual([{ title: `Su certificado ${old.serial} fue reemplazado por ${replacement.serial}` }]);

    // The superseded one cannot be reissued (nor revoked) again: nothing new is written.
    const again = await reissue(certificateId, 'Otra vez');
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('CERTIFICATE_NOT_VALID');
    expect((await ctx.http().post(`/api/certificates/${certificateId}/revoke`).set(bearer(coordinatorToken)).send({ reason: 'No' })).status).toBe(409);
    expect(await ctx.db.query(`SELECT id FROM certificates WHERE placement_id = $1`, [placementId])).toHaveLength(2);

    // The Open Badges credential of the new one is signed like the others, with the corrected name.
    const credential = await ctx.http().get(`/api/certificates/${replacement.id}/credential`).set(bearer(internToken));
    expect(credential.status).toBe(200);
    expect(JSON.parse(credential.text)).toMatchObject({
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      credentialSubject: { name: 'María Quispe de la Cruz', achievement: { achievementType: 'Fieldwork' } },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' },
    });
  });

  it('lets an admin reissue the replacement in turn; two reissues at once give one replacement and gapless serials', async () => {
    const { placementId, certificateId } = await approvedPlacement();
    const first = await reissue(certificateId, 'Nombre corregido', adminToken);
    expect(first.status).toBe(200);
    const results = await Promise.all([reissue(first.body.id, 'Cédula corregida'), reissue(first.body.id, 'Cédula corregida', adminToken)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const current = await ctx.db.query(`SELECT id, supersedes_id FROM certificates WHERE placement_id = $1 AND status <> 'superseded'`, [placementId]);
    expect(current).toHaveLength(1);
    expect(current[0].supersedes_id).toBe(first.body.id);
    expect(await ctx.db.query(`SELECT id FROM certificates WHERE placement_id = $1`, [placementId])).toHaveLength(3);
    const numbers = await yearNumbers();
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  it('refuses to reissue a revoked internship certificate', async () => {
    const { certificateId } = await approvedPlacement();
    await ctx.http().post(`/api/certificates/${certificateId}/revoke`).set(bearer(coordinatorToken)).send({ reason: 'Emitido por error' }).expect(200);
    const refused = await reissue(certificateId, 'Corrección');
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CERTIFICATE_NOT_VALID');
  });
});
