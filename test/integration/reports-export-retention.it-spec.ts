import { StorageService } from '../../apps/api/src/common/storage/storage.service';
import { ENROLMENT_EXPORT_JOB, EXPORT_RETENTION_DAYS, ReportExportsService } from '../../apps/api/src/modules/reports/report-exports.service';
import { createTestApp, login, makeUser } from '../support/test-app';
import type { TestContext } from '../support/test-app';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** Background export files hold personal data: they are removed a week after they were made. */
describe('report export retention (real PostgreSQL and storage)', () => {
  let ctx: TestContext;
  let token: string;
  let managerId: string;

  beforeAll(async () => {
    ctx = await createTestApp();
    const manager = await makeUser(ctx.db, ['manager']);
    managerId = manager.id;
    token = (await login(ctx, manager)).token;
  });
  afterAll(() => ctx.close());

  /** A finished export job of the manager's, `daysAgo` days old, with its stored file. */
  const finishedExport = async (daysAgo: number): Promise<string> => {
    const [job]: { id: string }[] = await ctx.db.query(
      `INSERT INTO background_jobs (kind, status, payload, total, done, result, created_by, started_at, finished_at)
       VALUES ($1, 'done', '{}', 1, 1, $2, $3, now() - make_interval(days => $4), now() - make_interval(days => $4))
       RETURNING id`,
      [ENROLMENT_EXPORT_JOB, { downloadPath: '', rows: 1, fileName: 'inscripciones.csv', format: 'csv' }, managerId, daysAgo],
    );
    await ctx.app.get(StorageService).put(`report-exports/${job.id}`, Buffer.from('\ufeffApellidos;Nombres\nQuispe;Ana\n'));
    return job.id;
  };

  it('removes the files of exports older than the retention and says so on download; recent ones stay', async () => {
    const old = await finishedExport(EXPORT_RETENTION_DAYS + 1);
    const recent = await finishedExport(EXPORT_RETENTION_DAYS - 1);
    const storage = ctx.app.get(StorageService);

    expect(await ctx.app.get(ReportExportsService).removeExpiredExports()).toBeGreaterThanOrEqual(1);
    expect(await storage.exists(`report-exports/${old}`)).toBe(false);
    expect(await storage.exists(`report-exports/${recent}`)).toBe(true);
    // Marked once: a second sweep finds nothing more of these.
    await ctx.app.get(ReportExportsService).removeExpiredExports();
    const [marked]: { expired: string | null }[] = await ctx.db.query(`SELECT result->>'expiredAt' AS expired FROM background_jobs WHERE id = $1`, [old]);
    expect(marked.expired).not.toBeNull();

    const gone = await ctx.http().get(`/api/reports/exports/${old}/file`).set(bearer(token));
    expect(gone.status).toBe(404);
    expect(gone.body.detail ?? gone.body.message).toContain(`${EXPORT_RETENTION_DAYS} días`);
    const kept = await ctx.http().get(`/api/reports/exports/${recent}/file`).set(bearer(token));
    expect(kept.status).toBe(200);
    expect(kept.text).toContain('Quispe;Ana');
  });
});
