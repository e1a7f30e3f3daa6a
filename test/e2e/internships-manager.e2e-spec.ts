import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/**
 * Gerencia reads the internships section: the demo calls (the open one and the past, closed one)
 * with their dates, places and applications, but no action on them; from there, each call's report
 * and follow-up board.
 */
describe('Gerencia reads the internship calls, their reports and follow-up boards', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('lists the demo calls read-only and opens the closed call\'s report and follow-up board', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginThroughUi(page, 'gerencia@demo.egm.bo');
    const nav = page.getByRole('navigation', { name: 'Navegación principal' });

    await nav.getByRole('link', { name: 'Pasantías', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Pasantías' }).waitFor();
    const table = page.getByRole('table', { name: 'Convocatorias de pasantías' });
    await table.waitFor();
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    expect(headers).toEqual(['Convocatoria', 'Postulación', 'Estado', 'Unidades receptoras', 'Plazas', 'Postulaciones']);
    const open = table.getByRole('row').filter({ hasText: 'Publicada' }).filter({ hasText: /Convocatoria de pasantías municipales \d{4} \(/ });
    const closed = table.getByRole('row').filter({ hasText: 'Cerrada' }).filter({ hasText: /semestre/ });
    expect(await open.count()).toBeGreaterThan(0);
    expect(await closed.count()).toBeGreaterThan(0);
    // Dates and places, and the applications received by the past call.
    const cells = closed.first().getByRole('cell');
    expect((await cells.nth(1).innerText()).trim()).toMatch(/^\d{1,2} \S+ (de )?\d{4} – \d{1,2} \S+ (de )?\d{4}$/);
    expect((await cells.nth(4).innerText()).trim()).toMatch(/^\d+ de [1-9]\d* asignadas$/);
    expect(Number((await cells.last().innerText()).trim())).toBeGreaterThan(0);
    // Reading only: no action on calls, no selection of applicants.
    expect(await page.getByRole('button', { name: /Nueva convocatoria|Editar|Publicar|Cerrar convocatoria/ }).count()).toBe(0);
    await page.getByRole('heading', { level: 2, name: 'Seguimiento e informes', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: /Selección y asignación/ }).count()).toBe(0);
    await expectAccessible(page, 'gerencia pasantías');

    const title = (await cells.first().innerText()).trim().replace(/ \(\d{4}\)$/, '');
    await page.getByRole('link', { name: `Informe de ${title}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Informe: ${title}`, exact: true }).waitFor();
    await page.getByRole('table', { name: 'Totales de la convocatoria' }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'gerencia informe de la convocatoria');

    await page.getByRole('link', { name: 'Volver a Pasantías' }).click();
    await page.getByRole('link', { name: `Tablero de seguimiento de ${title}`, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `Tablero de seguimiento: ${title}`, exact: true }).waitFor();
    const board = page.getByRole('table', { name: 'Pasantías y estado de su propuesta de mejora' });
    await board.waitFor();
    expect(await board.locator('tbody tr').count()).toBeGreaterThan(0);
    // The filters name the call's units and its interns' municipalities.
    const unitOptions = await page.getByLabel('Unidad receptora', { exact: true }).locator('option').count();
    expect(unitOptions).toBeGreaterThan(1);
    expect(await page.getByLabel('Municipio', { exact: true }).locator('option').count()).toBeGreaterThan(1);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'gerencia tablero de seguimiento');
    await context.close();
  });
});
