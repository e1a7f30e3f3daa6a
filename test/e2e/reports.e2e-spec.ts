import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, laPazToday } from '@campus/domain';
import type { DashboardReport, ReportFigure } from '@campus/domain';
import { ApiSession } from './support/api';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/**
 * Issue 7 as the people who read the reports live it: the manager opens "Informes", sets a period
 * of the last year (the demo's past cohorts, outcomes and certificates fall in it) and a gender,
 * and reads the same headline figures the API computes for those filters, with charts and their
 * tables; then downloads each export through the page (summary CSV, Excel and PDF, the enrolment
 * detail as CSV and Excel). The El Alto liaison sees their municipality only, without geographic filters.
 */
describe('reports: the manager filters the dashboard and downloads each export; the liaison sees their municipality', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const today = laPazToday();
  const from = addDays(today, -365);
  const to = today;
  let manager: Page;
  let expected: DashboardReport;

  const number = (value: number) => new Intl.NumberFormat('es-BO').format(value);
  const rate = (value: number) =>
    new Intl.NumberFormat('es-BO', { style: 'percent', maximumFractionDigits: 1 }).format(value);
  /** The value shown on the card whose label is `label`. */
  const card = (page: Page, label: string) =>
    page
      .locator('.report-figure')
      .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
      .locator('.report-figure-value');
  const CARDS: [string, ReportFigure][] = [
    ['Personas capacitadas', 'officialsTrained'],
    ['Inscripciones', 'enrolments'],
    ['Aprobaciones', 'completions'],
    ['Tasa de aprobación', 'completionRate'],
    ['Horas de formación', 'trainingHours'],
    ['Certificados emitidos', 'certificatesIssued'],
    ['Pasantías concluidas', 'internshipsCompleted'],
    ['Propuestas de mejora presentadas', 'proposalsProduced'],
    ['Propuestas de mejora implementadas', 'proposalsImplemented'],
  ];
  /** The page's figures once the report for the last filters has arrived (not the one before). */
  const settled = (page: Page) => page.locator('.report[aria-busy="false"]').waitFor();
  const expectCards = async (page: Page, report: DashboardReport) => {
    await settled(page);
    for (const [label, figure] of CARDS) {
      const value = report.headline[figure];
      const shown =
        value === null ? 'No aplica' : figure === 'completionRate' ? rate(value) : number(value);
      expect(`${label}: ${(await card(page, label).textContent())?.trim()}`).toBe(
        `${label}: ${shown}`,
      );
    }
  };
  const as = async (email: string): Promise<Page> => {
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await loginThroughUi(page, email);
    return page;
  };
  const download = async (page: Page, button: string) => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: button, exact: true }).click(),
    ]);
    const path = await file.path();
    if (!path) throw new Error(`${button}: the download failed (${await file.failure()})`);
    return { name: file.suggestedFilename(), bytes: readFileSync(path) };
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('the manager filters by period and gender and reads the figures the API computes, with charts and tables', async () => {
    manager = await as('gerencia@demo.egm.bo');
    await manager
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Informes' })
      .click();
    await manager.getByRole('heading', { level: 1, name: 'Informes de formación' }).waitFor();
    await manager.getByRole('heading', { name: 'Cifras principales' }).waitFor();

    const filters = manager.getByRole('search', { name: 'Filtros del informe' });
    await filters.getByLabel('Desde').fill(from);
    await filters.getByLabel('Hasta').fill(to);
    await filters.getByLabel('Género', { exact: true }).selectOption({ label: 'Femenino' });
    const answered = manager.waitForResponse(
      (response) =>
        response.url().includes('/api/reports/dashboard?') &&
        response.url().includes('gender=female') &&
        response.url().includes(`from=${from}`),
    );
    await filters.getByRole('button', { name: 'Aplicar filtros' }).click();
    expect((await answered).status()).toBe(200);
    // The filters are in the address: shareable, and the back button works.
    expect(new URL(manager.url()).searchParams.get('genero')).toBe('female');
    expect(new URL(manager.url()).searchParams.get('desde')).toBe(from);

    const api = await ApiSession.login('gerencia@demo.egm.bo');
    expected = await api.request<DashboardReport>(
      'GET',
      `/api/reports/dashboard?from=${from}&to=${to}&gender=female`,
    );
    expect(expected.headline.enrolments).toBeGreaterThan(0);
    expect(expected.headline.completions).toBeGreaterThan(0);
    await expectCards(manager, expected);

    // Charts (images named for screen readers) and, behind each, its table.
    await manager.getByRole('img', { name: /tendencia mensual/ }).waitFor();
    const gender = manager.getByRole('region', { name: 'Por género', exact: true });
    await gender.getByRole('img', { name: /inscripciones y aprobaciones por género/ }).waitFor();
    await gender.getByText('Ver la tabla de datos').click();
    const genderTable = gender.getByRole('table', { name: 'Cifras por género' });
    await genderTable.waitFor();
    const female = expected.breakdowns
      .find((b) => b.dimension === 'gender')
      ?.rows.find((row) => row.key === 'female');
    const femaleRow = genderTable.getByRole('row', { name: /Femenino/ });
    await expect(femaleRow.getByRole('cell').nth(1).textContent()).resolves.toBe(
      number(female?.enrolments ?? -1),
    );
    await manager
      .getByRole('region', { name: 'Por municipio', exact: true })
      .getByRole('img', { name: /municipio/ })
      .waitFor();
    await manager
      .getByRole('table', { name: 'Cobertura: aprobaciones por municipio y área de gestión' })
      .waitFor();
    // Wait for the charts' canvases to be drawn before checking the page.
    await manager.waitForFunction(
      () =>
        document.querySelectorAll('.report-chart canvas').length > 0 &&
        !document.querySelector('.report-chart-loading'),
    );
    await expectAccessible(manager, 'informes (gerencia)');

    // Back to the default period, and forward again.
    await manager.goBack();
    await manager.waitForURL((url) => !url.searchParams.has('genero'));
    await expect(
      manager
        .getByRole('search', { name: 'Filtros del informe' })
        .getByLabel('Género', { exact: true })
        .inputValue(),
    ).resolves.toBe('');
    await manager.goForward();
    await manager.waitForURL((url) => url.searchParams.get('genero') === 'female');
    await expectCards(manager, expected);
  });

  it('the manager downloads the summary as CSV, Excel and PDF and the enrolment detail as CSV and Excel', async () => {
    const csv = await download(manager, 'Resumen en CSV');
    expect(csv.name).toBe(`informe-formacion_${from}_${to}.csv`);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const summary = csv.bytes.subarray(3).toString('utf8');
    expect(summary.split(/\r?\n/).slice(0, 2)).toEqual(['Resumen', 'Indicador;Valor']);
    expect(summary).toContain(`Inscripciones;${expected.headline.enrolments}`);
    expect(summary).toContain('Por género');

    const xlsx = await download(manager, 'Resumen en Excel');
    expect(xlsx.name).toBe(`informe-formacion_${from}_${to}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    expect(sheets).toEqual(
      expect.arrayContaining(['Resumen', 'Género', 'Municipio', 'Cobertura', 'Tendencia mensual']),
    );

    const pdf = await download(manager, 'Resumen en PDF');
    expect(pdf.name).toBe(`informe-formacion_${from}_${to}.pdf`);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const detail = await download(manager, 'Detalle de inscripciones en CSV');
    expect(detail.name).toBe(`detalle-inscripciones_${from}_${to}.csv`);
    expect([...detail.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = detail.bytes
      .subarray(3)
      .toString('utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '');
    expect(lines[0]).toMatch(/^Apellidos;Nombres;Género;Municipio/);
    // One row per counted enrolment, all of them of women.
    expect(lines.length - 1).toBe(expected.headline.enrolments);
    expect(lines.slice(1).every((line) => line.split(';')[2] === 'Femenino')).toBe(true);

    const detailXlsx = await download(manager, 'Detalle de inscripciones en Excel');
    expect(detailXlsx.name).toBe(`detalle-inscripciones_${from}_${to}.xlsx`);
    const detailBook = new ExcelJS.Workbook();
    await detailBook.xlsx.load(detailXlsx.bytes as unknown as ArrayBuffer);
    const detailSheet = detailBook.worksheets[0];
    expect(detailSheet.getRow(1).getCell(1).value).toBe('Apellidos');
    expect(detailSheet.actualRowCount - 1).toBe(expected.headline.enrolments);
    await manager.getByText(/Descarga lista/).waitFor();
    await expectAccessible(manager, 'informes tras descargar');
  });

  it('the El Alto liaison sees only their municipality, without the geographic filters', async () => {
    const page = await as('enlace@demo.egm.bo');
    await page
      .getByRole('navigation', { name: 'Navegación principal' })
      .getByRole('link', { name: 'Informes' })
      .click();
    await page.getByText('Este informe cubre solo el municipio de El Alto.').waitFor();
    const filters = page.getByRole('search', { name: 'Filtros del informe' });
    await filters.getByLabel('Desde').waitFor();
    await expect(filters.getByLabel('Municipio', { exact: true }).count()).resolves.toBe(0);
    await expect(filters.getByLabel('Departamento', { exact: true }).count()).resolves.toBe(0);

    await filters.getByLabel('Desde').fill(from);
    await filters.getByLabel('Hasta').fill(to);
    const answered = page.waitForResponse(
      (response) =>
        response.url().includes('/api/reports/dashboard?') &&
        response.url().includes(`from=${from}`),
    );
    await filters.getByRole('button', { name: 'Aplicar filtros' }).click();
    expect((await answered).status()).toBe(200);
    const api = await ApiSession.login('enlace@demo.egm.bo');
    const own = await api.request<DashboardReport>(
      'GET',
      `/api/reports/dashboard?from=${from}&to=${to}`,
    );
    expect(own.scope).toMatchObject({ kind: 'municipality', municipalityName: 'El Alto' });
    expect(own.headline.enrolments).toBeGreaterThan(0);
    await expectCards(page, own);
    expect(own.headline.enrolments).toBeLessThan(
      (
        await (
          await ApiSession.login('gerencia@demo.egm.bo')
        ).request<DashboardReport>('GET', `/api/reports/dashboard?from=${from}&to=${to}`)
      ).headline.enrolments,
    );

    // No breakdown by municipality or department; the coverage has El Alto's row only.
    await expect(page.getByRole('region', { name: 'Por municipio', exact: true }).count()).resolves.toBe(0);
    await expect(page.getByRole('region', { name: 'Por departamento', exact: true }).count()).resolves.toBe(0);
    const coverage = page.getByRole('table', {
      name: 'Cobertura: aprobaciones por municipio y área de gestión',
    });
    await expect(coverage.getByRole('rowheader').allTextContents()).resolves.toEqual(['El Alto']);
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.report-chart canvas').length > 0 &&
        !document.querySelector('.report-chart-loading'),
    );
    await expectAccessible(page, 'informes (enlace)');
  });
});
