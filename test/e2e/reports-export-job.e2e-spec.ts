import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DIRECT_EXPORT_MAX_ROWS } from '@campus/domain';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/**
 * A large export as the manager lives it: more enrolments than a direct download allows, so the
 * detail export runs as a background job — the page shows its progress bar, then "Descargar
 * archivo", and the file holds every row. The rows are a cohort of 2016 (a year the demo leaves
 * empty) added straight to the e2e database and removed afterwards, so other journeys never see them.
 */
describe('reports: a large enrolment export runs in the background, with progress and a download link', () => {
  const ROWS = DIRECT_EXPORT_MAX_ROWS + 1;
  const TAG = 'e2e-job';
  let db: Client;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const url = process.env.E2E_DATABASE_URL;
    if (!url) throw new Error('E2E_DATABASE_URL is set by the e2e global setup');
    db = new Client({ connectionString: url });
    await db.connect();
    await db.query('BEGIN');
    const [course] = (
      await db.query<{ id: string; version: string }>(
        `SELECT c.id, v.id AS version FROM courses c JOIN course_versions v ON v.course_id = c.id
          WHERE c.status = 'published' ORDER BY c.code, v.created_at LIMIT 1`,
      )
    ).rows;
    const [municipality] = (await db.query<{ id: string }>(`SELECT id FROM municipalities WHERE name = 'El Alto'`)).rows;
    const [cohort] = (
      await db.query<{ id: string }>(
        `INSERT INTO cohorts (course_id, course_version_id, gestion, edition, parallel, starts_on, ends_on,
                              enrolment_opens_on, enrolment_closes_on, capacity, modality, status, notes)
         VALUES ($1, $2, 2016, 1, 'Z', '2016-03-01', '2016-06-30', '2016-01-01', '2016-02-28', 10000, 'online', 'closed', $3)
         RETURNING id`,
        [course.id, course.version, TAG],
      )
    ).rows;
    await db.query(
      `WITH people AS (
         INSERT INTO users (email, password_hash, first_names, last_names, national_id_number, national_id_complement, national_id_issued_in, gender, municipality_id, roles)
         SELECT 'job' || g || '@e2e.egm.bo', '!', 'Óscar', 'Peñaranda ' || g, (8800000 + g)::text, 'JB', 'LP',
                CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END, $1, ARRAY['participant']
           FROM generate_series(1, $2::int) g
         RETURNING id)
       INSERT INTO enrolments (cohort_id, user_id, status, final_score, completed_at)
       SELECT $3, id, 'passed', 80, '2016-06-30T12:00:00-04:00' FROM people`,
      [municipality.id, ROWS, cohort.id],
    );
    await db.query('COMMIT');
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await loginThroughUi(page, 'gerencia@demo.egm.bo');
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await db.query(`DELETE FROM enrolments WHERE cohort_id IN (SELECT id FROM cohorts WHERE notes = $1)`, [TAG]);
    await db.query(`DELETE FROM cohorts WHERE notes = $1`, [TAG]);
    await db.query(`DELETE FROM users WHERE email LIKE 'job%@e2e.egm.bo'`);
    await db.end();
  });

  it('shows the rows, a progress bar, then downloads the whole file', async () => {
    await page.goto('/informes?desde=2016-01-01&hasta=2016-12-31');
    await page.locator('.report[aria-busy="false"]').waitFor();
    await page.getByRole('button', { name: 'Detalle de inscripciones en CSV', exact: true }).click();
    await page.getByText(`${new Intl.NumberFormat('es-BO').format(ROWS)} filas: el archivo se prepara en segundo plano.`).waitFor();
    const ready = page.getByRole('button', { name: 'Descargar archivo' });
    // The progress bar shows while the job is queued or running; a fast job may finish first.
    await Promise.race([page.getByRole('progressbar', { name: 'Preparando el archivo' }).waitFor(), ready.waitFor()]);
    await ready.waitFor({ timeout: 60_000 });
    await expectAccessible(page, 'informes: exportación en segundo plano lista');
    const [file] = await Promise.all([page.waitForEvent('download'), ready.click()]);
    const path = await file.path();
    if (!path) throw new Error(`the download failed (${await file.failure()})`);
    const bytes = readFileSync(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split(/\r?\n/).filter((line) => line !== '');
    expect(lines[0]).toMatch(/^Apellidos;Nombres;Género;Municipio/);
    expect(lines).toHaveLength(ROWS + 1);
    expect(lines.filter((line) => line.startsWith('Peñaranda ')).length).toBe(ROWS);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
  });
});
