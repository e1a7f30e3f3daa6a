import type { Response } from 'superagent';
import { formatVerificationCode } from '@campus/domain';
import { CertificatesService } from '../../apps/api/src/modules/certificates/certificates.service';
import { createTestApp, login, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';
import { setCohortFacilitators } from '../support/cohorts';
import { makeCohortWith } from '../support/certificates';
import { readPdf } from '../support/pdf';
import { readZip } from '../support/zip';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Collects a binary body (supertest only buffers text by default). */
const binary = (response: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  response.on('data', (chunk: Buffer) => chunks.push(chunk));
  response.on('end', () => callback(null, Buffer.concat(chunks)));
};

interface IssuedRow {
  id: string;
  serial: string;
  verification_code: string;
  holder_id: string;
  status: string;
  snapshot: { holder: { fullName: string } };
}

describe('certificate files: the PDF and a cohort’s ZIP (real PostgreSQL)', () => {
  let ctx: TestContext;
  let coordinator: MadeUser;
  let coordinatorToken: string;
  let facilitatorToken: string;
  let cohortId: string;
  let holders: string[];
  let certificates: IssuedRow[];
  let holderToken: string;
  let otherToken: string;

  const pdfOf = (id: string, token: string) => ctx.http().get(`/api/certificates/${id}/pdf`).set(bearer(token)).buffer(true).parse(binary);
  const zipOf = (id: string, token: string) => ctx.http().get(`/api/cohorts/${id}/certificates.zip`).set(bearer(token)).buffer(true).parse(binary);
  const tokenOf = async (userId: string) => {
    const [{ email }] = await ctx.db.query(`SELECT email FROM users WHERE id = $1`, [userId]);
    return (await login(ctx, { email, password: coordinator.password })).token;
  };
  const current = () => ctx.db.query(`SELECT * FROM certificates WHERE cohort_id = $1 ORDER BY serial`, [cohortId]) as Promise<IssuedRow[]>;

  beforeAll(async () => {
    ctx = await createTestApp();
    coordinator = await makeUser(ctx.db, ['coordinator']);
    coordinatorToken = (await login(ctx, coordinator)).token;
    const facilitator = await makeUser(ctx.db, ['facilitator']);
    facilitatorToken = (await login(ctx, facilitator)).token;

    const made = await makeCohortWith(ctx, 3);
    cohortId = made.cohortId;
    holders = made.holders;
    await setCohortFacilitators(ctx.db, cohortId, [facilitator.id]);
    // Names with every Spanish letter the certificate must carry.
    await ctx.db.query(`UPDATE users SET first_names = 'María Ñusta', last_names = 'Güemes Núñez' WHERE id = $1`, [holders[0]]);
    await ctx.db.query(`UPDATE users SET first_names = 'José Ángel', last_names = 'Quispe/Íñiguez' WHERE id = $1`, [holders[1]]);
    const service = ctx.app.get(CertificatesService);
    for (const enrolmentId of made.enrolmentIds) {
      await ctx.db.transaction((manager) => service.issueForEnrolment(manager, enrolmentId, 'approval', coordinator.id));
    }
    certificates = await current();
    holderToken = await tokenOf(holders[0]);
    otherToken = await tokenOf(holders[1]);
  });
  afterAll(() => ctx.close());

  const ofHolder = (index: number) => certificates.find((c) => c.holder_id === holders[index])!;

  describe('GET /api/certificates/:id/pdf', () => {
    it('gives the holder their certificate: a PDF named by its serial, fonts embedded, name and serial as real text', async () => {
      const certificate = ofHolder(0);
      const response = await pdfOf(certificate.id, holderToken);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      expect(response.headers['content-disposition']).toBe(`attachment; filename="${certificate.serial}.pdf"; filename*=UTF-8''${certificate.serial}.pdf`);
      expect(response.headers['cache-control']).toBe('no-store');
      const pdf: Buffer = response.body;
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(Number(response.headers['content-length'])).toBe(pdf.length);
      expect(pdf.toString('latin1')).toContain('/FontFile2');

      const facts = readPdf(pdf);
      expect(facts.embeddedTrueTypeFonts).toBe(facts.fonts.length);
      expect(facts.fragments).toEqual(
        expect.arrayContaining(['María Ñusta Güemes Núñez', certificate.serial, formatVerificationCode(certificate.verification_code), 'CERTIFICADO DE APROBACIÓN']),
      );
      // The QR code's address, printed under it: the public verification page of this code.
      const url = facts.fragments.find((text) => text.includes('/verificar/'));
      expect(url).toMatch(new RegExp(`^https?://[^/]+/verificar/${certificate.verification_code}$`));
      expect(facts.info.Title).toBe(`Certificado de aprobación ${certificate.serial}`);
      // A holder fetching their own file is not an export.
      expect(await ctx.db.query(`SELECT 1 FROM audit_log WHERE action = 'certificate.export' AND entity_id = $1`, [certificate.id])).toEqual([]);
    });

    it('answers 404 to another participant and to the cohort’s facilitator, 401 without a session', async () => {
      const id = ofHolder(0).id;
      expect((await pdfOf(id, otherToken)).status).toBe(404);
      expect((await pdfOf(id, facilitatorToken)).status).toBe(404);
      expect((await ctx.http().get(`/api/certificates/${id}/pdf`)).status).toBe(401);
      expect((await pdfOf('00000000-0000-4000-8000-000000000000', coordinatorToken)).status).toBe(404);
      expect((await ctx.http().get(`/api/certificates/not-a-uuid/pdf`).set(bearer(coordinatorToken))).status).toBe(400);
    });

    it('serves coordinators and admins any certificate, and audits their download', async () => {
      const certificate = ofHolder(1);
      const response = await pdfOf(certificate.id, coordinatorToken);
      expect(response.status).toBe(200);
      expect(readPdf(response.body).fragments).toContain('José Ángel Quispe/Íñiguez');
      const admin = await makeUser(ctx.db, ['admin']);
      expect((await pdfOf(certificate.id, (await login(ctx, admin)).token)).status).toBe(200);
      const audit = await ctx.db.query(
        `SELECT actor_id, entity_type, after FROM audit_log WHERE action = 'certificate.export' AND entity_id = $1 ORDER BY created_at`,
        [certificate.id],
      );
      expect(audit).toEqual([
        { actor_id: coordinator.id, entity_type: 'certificate', after: { format: 'pdf', serial: certificate.serial, holderId: holders[1] } },
        { actor_id: admin.id, entity_type: 'certificate', after: { format: 'pdf', serial: certificate.serial, holderId: holders[1] } },
      ]);
    });

    it('watermarks a revoked certificate REVOCADO', async () => {
      const certificate = ofHolder(2);
      const revoked = await ctx.http().post(`/api/certificates/${certificate.id}/revoke`).set(bearer(coordinatorToken)).send({ reason: 'Emitido por error' });
      expect(revoked.status).toBe(200);
      const facts = readPdf((await pdfOf(certificate.id, coordinatorToken)).body);
      expect(facts.fragments).toContain('REVOCADO');
      expect(facts.text).toContain('Motivo: Emitido por error');
    });
  });

  describe('GET /api/cohorts/:cohortId/certificates.zip', () => {
    it('streams one PDF per current certificate, named "<serial> <holder>.pdf", and audits the export', async () => {
      // A reissue supersedes holder 0's certificate: the ZIP carries the new one only.
      const old = ofHolder(0);
      const reissued = await ctx.http().post(`/api/certificates/${old.id}/reissue`).set(bearer(coordinatorToken)).send({ note: 'Corrección del apellido' });
      expect(reissued.status).toBe(200);
      const rows = (await current()).filter((c) => c.status !== 'superseded');
      expect(rows).toHaveLength(3);
      expect(rows.map((c) => c.serial)).not.toContain(old.serial);

      const response = await zipOf(cohortId, coordinatorToken);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('application/zip');
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="Certificados .+\.zip"; filename\*=UTF-8''/);
      const entries = readZip(response.body);
      // Slashes in a name never make folders.
      expect(entries.map((e) => e.name).sort()).toEqual(rows.map((c) => `${c.serial} ${c.snapshot.holder.fullName.replace('/', ' ')}.pdf`).sort());
      expect(entries.map((e) => e.name)).toContain(`${rows.find((c) => c.holder_id === holders[0])!.serial} María Ñusta Güemes Núñez.pdf`);
      for (const entry of entries) {
        const row = rows.find((c) => entry.name.startsWith(c.serial))!;
        const facts = readPdf(entry.data);
        expect(facts.fragments).toEqual(expect.arrayContaining([row.serial, row.snapshot.holder.fullName]));
        // The revoked one (still current) says so; the others do not.
        expect(facts.fragments.includes('REVOCADO')).toBe(row.status === 'revoked');
      }

      const audit = await ctx.db.query(`SELECT actor_id, entity_type, after FROM audit_log WHERE action = 'certificate.export' AND entity_id = $1`, [cohortId]);
      expect(audit).toEqual([
        { actor_id: coordinator.id, entity_type: 'cohort', after: { format: 'zip', certificates: 3, serials: rows.map((c) => c.serial) } },
      ]);
    });

    it('is for coordinators and admins only: 403 for facilitators and participants, 404 for an unknown cohort', async () => {
      expect((await zipOf(cohortId, facilitatorToken)).status).toBe(403);
      expect((await zipOf(cohortId, holderToken)).status).toBe(403);
      expect((await zipOf('00000000-0000-4000-8000-000000000000', coordinatorToken)).status).toBe(404);
      expect(await ctx.db.query(`SELECT 1 FROM audit_log WHERE action = 'certificate.export' AND entity_id = '00000000-0000-4000-8000-000000000000'`)).toEqual([]);
    });

    it('gives an empty ZIP for a cohort with no certificates yet', async () => {
      const empty = await makeCohortWith(ctx, 0);
      const response = await zipOf(empty.cohortId, coordinatorToken);
      expect(response.status).toBe(200);
      expect(readZip(response.body)).toEqual([]);
    });
  });
});
