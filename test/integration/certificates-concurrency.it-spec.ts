import { formatSerial, laPazToday, VERIFICATION_ALPHABET } from '@campus/domain';
import { CertificatesService } from '../../apps/api/src/modules/certificates/certificates.service';
import { makeCohortWith, waitForJob } from '../support/certificates';
import { createSiblingDatabase } from '../support/test-database';
import { createTestApp, login, makeUser } from '../support/test-app';
import type { MadeUser, TestContext } from '../support/test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const year = () => Number(laPazToday().slice(0, 4));

/**
 * On a database of its own (no other suite issues there, so the year's numbers start at 1; and
 * one app per file: Passport keeps its strategies process-wide).
 */
describe('certificates under concurrency: gapless serials and one certificate per enrolment and kind (real PostgreSQL)', () => {
  let own: TestContext;
  let ownService: CertificatesService;
  let ownCoordinator: MadeUser;
  let ownToken: string;

  beforeAll(async () => {
    own = await createTestApp(await createSiblingDatabase('certificates'));
    ownService = own.app.get(CertificatesService);
    ownCoordinator = await makeUser(own.db, ['coordinator']);
    ownToken = (await login(own, ownCoordinator)).token;
  });
  afterAll(() => own.close());

  const numbersOfYear = async () =>
    (await own.db.query(`SELECT number FROM certificates WHERE year = $1 ORDER BY number`, [year()])).map((r: { number: number }) => r.number);

  it('hands out gapless numbers 1..50 to 50 parallel issues, and a rolled-back issue leaves no gap', async () => {
    const { enrolmentIds } = await makeCohortWith(own, 51);
    const results = await Promise.all(
      enrolmentIds.slice(0, 50).map((id) => own.db.transaction((manager) => ownService.issueForEnrolment(manager, id, 'approval', null))),
    );
    expect(results.every((r) => r.created)).toBe(true);
    expect(await numbersOfYear()).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const serials = results.map((r) => r.certificate.serial).sort();
    expect(serials[0]).toBe(formatSerial(year(), 1));
    expect(new Set(serials).size).toBe(50);
    const codes = results.map((r) => r.certificate.verificationCode);
    expect(new Set(codes).size).toBe(50);
    for (const code of codes) {
      expect(code).toHaveLength(12);
      for (const symbol of code) expect(VERIFICATION_ALPHABET).toContain(symbol);
    }

    // An issue whose transaction fails afterwards gives its number back.
    await expect(
      own.db.transaction(async (manager) => {
        const { certificate } = await ownService.issueForEnrolment(manager, enrolmentIds[50], 'approval', null);
        expect(certificate.number).toBe(51);
        throw new Error('rolled back on purpose');
      }),
    ).rejects.toThrow('rolled back on purpose');
    expect(await numbersOfYear()).toHaveLength(50);
    const next = await own.db.transaction((manager) => ownService.issueForEnrolment(manager, enrolmentIds[50], 'approval', null));
    expect(next.certificate.number).toBe(51);
    expect(await numbersOfYear()).toEqual(Array.from({ length: 51 }, (_, i) => i + 1));
    const [{ last_number }] = await own.db.query(`SELECT last_number FROM certificate_serials WHERE year = $1`, [year()]);
    expect(last_number).toBe(51);
  });

  it('issues exactly one certificate per enrolment and kind under parallel batches and direct calls', async () => {
    const { cohortId, enrolmentIds } = await makeCohortWith(own, 12);
    // Someone who did not finish earns nothing.
    const [{ id: unfinished }] = await own.db.query(
      `INSERT INTO enrolments (cohort_id, user_id, status) VALUES ($1, $2, 'in_progress') RETURNING id`,
      [cohortId, (await makeUser(own.db, ['participant'])).id],
    );
    const before = await numbersOfYear();
    const batch = () => own.http().post(`/api/cohorts/${cohortId}/certificates/batch`).set(bearer(ownToken));
    const [first, second, third, ...direct] = await Promise.all([
      batch(),
      batch(),
      batch(),
      ...enrolmentIds.map((id) => own.db.transaction((manager) => ownService.issueForEnrolment(manager, id, 'approval', ownCoordinator.id))),
    ]);
    for (const response of [first, second, third]) expect((response as { status: number }).status).toBe(202);
    const jobs = await Promise.all([first, second, third].map((response) => waitForJob(own, ownToken, (response as { body: { jobId: string } }).body.jobId)));
    for (const job of jobs) {
      expect(job).toMatchObject({ status: 'done', total: 12, done: 12, failed: 0, percent: 100 });
    }
    const createdDirectly = (direct as { created: boolean }[]).filter((r) => r.created).length;
    const issuedByBatches = jobs.reduce((sum, job) => sum + (job.result?.issued ?? 0), 0);
    expect(createdDirectly + issuedByBatches).toBe(12);

    const rows = await own.db.query(`SELECT enrolment_id, kind, count(*)::int AS n FROM certificates WHERE cohort_id = $1 GROUP BY 1, 2`, [cohortId]);
    expect(rows).toHaveLength(12);
    expect(rows.every((r: { n: number; kind: string }) => r.n === 1 && r.kind === 'approval')).toBe(true);
    expect(rows.map((r: { enrolment_id: string }) => r.enrolment_id)).not.toContain(unfinished);
    // Still gapless after the race.
    expect(await numbersOfYear()).toEqual(Array.from({ length: before.length + 12 }, (_, i) => i + 1));
  });
});
