import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, laPazToday } from '@campus/domain';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/**
 * Issue 6 as people live it, from call to certificate: the coordinator publishes a call with one
 * GAMLP host unit (the demo tutor, one competency); the demo participant (El Alto) applies; the
 * El Alto liaison endorses; the coordinator proposes and confirms the placement; the tutor agrees
 * the work plan; the intern logs a day and submits the final report with an improvement proposal;
 * the tutor validates the day and approves the internship; the intern finds an internship
 * certificate for the validated hours; the coordinator reissues it after a correction. The steps
 * share state and run in order.
 */
describe('internship journey: call, application, endorsement, placement, logbook, evaluation, certificate', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pages = new Map<string, Page>();
  const intern = 'Juan Carlos Poma Callisaya';
  const tag = String(Math.floor(Math.random() * 90_000) + 10_000);
  const title = `Convocatoria de pasantías de prueba ${tag}`;
  const unit = `Unidad de Recaudaciones ${tag}`;
  const today = laPazToday();

  const nav = (p: Page) => p.getByRole('navigation', { name: 'Navegación principal' });
  const as = async (email: string): Promise<Page> => {
    const known = pages.get(email);
    if (known) return known;
    const context = await newContext(browser);
    contexts.push(context);
    const page = await context.newPage();
    await loginThroughUi(page, email);
    pages.set(email, page);
    return page;
  };
  const hub = async (page: Page) => {
    await nav(page).getByRole('link', { name: 'Pasantías' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  };

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('the coordinator creates a call with a host unit, its competency and tutor, and publishes it', async () => {
    const page = await as('coordinador@demo.egm.bo');
    await hub(page);
    await page.getByRole('button', { name: 'Nueva convocatoria' }).click();
    const form = page
      .locator('form')
      .filter({ has: page.getByRole('heading', { name: 'Nueva convocatoria' }) });
    await form.getByLabel('Convocatoria', { exact: true }).fill(title);
    await form
      .getByLabel('Descripción', { exact: true })
      .fill('Pasantías en la recaudación municipal para municipios con convenio.');
    await form.getByLabel('Apertura de postulaciones').fill(today);
    await form.getByLabel('Cierre de postulaciones').fill(addDays(today, 7));
    const first = form.getByRole('group', { name: 'Unidad 1' });
    await first.getByLabel('Nombre de la unidad').fill(unit);
    await first.getByLabel('Plazas').fill('2');
    await first.getByLabel('Inicio de la pasantía').fill(addDays(today, -7));
    await first.getByLabel('Fin de la pasantía').fill(addDays(today, 21));
    await first.getByLabel('Competencia', { exact: true }).selectOption({ index: 1 });
    await first.getByRole('button', { name: 'Añadir competencia' }).click();
    await first.getByRole('checkbox', { name: /Flores Ticona/ }).check();
    await expectAccessible(page, 'nueva convocatoria');
    await form.getByRole('button', { name: 'Guardar convocatoria' }).click();
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByRole('button', { name: 'Publicar' }).click();
    await row.getByText('Publicada').waitFor();
  });

  it('the participant applies with a motivation and a ranked preference, asking the liaison to endorse', async () => {
    const page = await as('participante@demo.egm.bo');
    await hub(page);
    const call = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: title }) });
    await call.getByRole('button', { name: 'Postular' }).click();
    await call
      .getByLabel('Motivación')
      .fill('En El Alto queremos ordenar el padrón de contribuyentes y cobrar mejor las tasas.');
    await call.getByLabel('Primera preferencia').selectOption({ label: unit });
    await call
      .getByRole('radio', { name: 'Lo avala el enlace de mi municipio en el campus' })
      .check();
    await expectAccessible(page, 'postular');
    await call.getByRole('button', { name: 'Enviar postulación' }).click();
    await call.getByText('Aval pendiente').waitFor();
  });

  it('the El Alto liaison endorses the application', async () => {
    const page = await as('enlace@demo.egm.bo');
    await hub(page);
    const row = page.getByRole('row').filter({ hasText: intern }).filter({ hasText: title });
    await row.getByRole('button', { name: `Avalar a ${intern}`, exact: true }).click();
    await row.getByText(/Avalad/).waitFor();
    await expectAccessible(page, 'postulaciones del municipio');
  });

  it('the coordinator proposes the assignment and confirms it', async () => {
    const page = await as('coordinador@demo.egm.bo');
    await hub(page);
    await page.getByRole('link', { name: `Selección y asignación de ${title}` }).click();
    await page
      .getByRole('heading', { level: 1, name: `Selección y asignación: ${title}` })
      .waitFor();
    await page.getByRole('button', { name: 'Proponer asignación' }).click();
    await page.getByLabel(`Unidad para ${intern}`).waitFor();
    await expectAccessible(page, 'propuesta de asignación');
    await page.getByRole('button', { name: 'Confirmar asignación' }).click();
    await page.getByText(/Asignación confirmada: 1 persona/).waitFor();
  });

  it('the tutor agrees the work plan', async () => {
    const page = await as('tutor@demo.egm.bo');
    await page.goto('/pasantias/mis-pasantes');
    await page.getByRole('heading', { level: 1, name: 'Mis pasantes' }).waitFor();
    await page.getByRole('link', { name: `Abrir la pasantía de ${intern}` }).click();
    await page.getByRole('heading', { name: `Pasantía de ${intern}` }).waitFor();
    await page
      .getByRole('textbox', { name: 'Plan de trabajo' })
      .fill(
        'Semana 1: padrón de contribuyentes. Semana 2: cobro de tasas. Semana 3: cultura tributaria.',
      );
    await page.getByRole('button', { name: 'Guardar y marcar como acordado' }).click();
    await page
      .getByText(/acordad/i)
      .first()
      .waitFor();
    await expectAccessible(page, 'pasantía del tutor');
  });

  it('the intern logs a day of work and submits the final report with an improvement proposal', async () => {
    const page = await as('participante@demo.egm.bo');
    await page.goto('/pasantias/mi-pasantia');
    await page.getByRole('heading', { level: 1, name: 'Mi pasantía' }).waitFor();
    await page.getByLabel('Fecha', { exact: true }).fill(today);
    await page.getByLabel('Horas', { exact: true }).fill('8');
    await page
      .getByLabel('Actividades', { exact: true })
      .fill('Depuración del padrón de contribuyentes con el equipo de recaudaciones.');
    await page
      .getByLabel('Aprendizajes', { exact: true })
      .fill('Cómo cruzar el padrón con el catastro para encontrar omisos.');
    await page.getByRole('button', { name: 'Registrar entrada' }).click();
    await page.getByRole('cell', { name: 'Presentada' }).first().waitFor();
    await page
      .getByRole('textbox', { name: 'Informe final', exact: true })
      .fill(
        'Durante la pasantía trabajé en la depuración del padrón de contribuyentes, el cruce con el catastro y la atención en ventanilla. Aprendí a priorizar a los omisos por monto.',
      );
    await page
      .getByRole('textbox', { name: 'Propuesta de mejora para su municipio' })
      .fill(
        'Cruzar el padrón de contribuyentes de El Alto con el catastro cada trimestre y publicar la lista de omisos depurada.',
      );
    await page.getByRole('button', { name: 'Presentar informe final' }).click();
    await page
      .getByRole('button', { name: 'Presentar informe final' })
      .waitFor({ state: 'detached' });
    await expectAccessible(page, 'mi pasantía');
  });

  it('the tutor validates the day and approves the internship against the unit competency', async () => {
    const page = await as('tutor@demo.egm.bo');
    await page.reload();
    await page
      .getByRole('button', { name: /^Validar la entrada del/ })
      .first()
      .click();
    await page.getByRole('cell', { name: 'Validada' }).first().waitFor();
    await page.getByRole('radio', { name: 'Nivel 2 (intermedio)' }).first().check();
    await page.getByLabel('Puntaje').fill('90');
    await page.getByRole('button', { name: 'Aprobar pasantía' }).click();
    await page.getByText(/aprob/i).first().waitFor();
    await expectAccessible(page, 'evaluación de la pasantía');
  });

  it('the intern has an internship certificate for the 8 validated hours', async () => {
    const page = await as('participante@demo.egm.bo');
    await page.goto('/pasantias/mi-pasantia');
    await page
      .getByRole('link', { name: /Ver su certificado de pasantía EGM-\d{4}-\d{6}/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Mis certificados' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: unit });
    await row.getByText('Pasantía', { exact: true }).waitFor();
    await expectAccessible(page, 'mis certificados con la pasantía');
    // Its public page: valid, for the host unit, with the validated hours only.
    await row.getByRole('link', { name: /Ver verificación pública/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Válido' }).waitFor();
    await page.getByText(unit, { exact: false }).first().waitFor();
    await page.getByText('8 horas', { exact: true }).waitFor();
  });

  it('the coordinator reissues the internship certificate from "Mis pasantes" after a correction', async () => {
    const page = await as('coordinador@demo.egm.bo');
    await page.goto('/pasantias/mis-pasantes');
    await page
      .getByRole('row')
      .filter({ hasText: unit })
      .getByRole('link', { name: `Abrir la pasantía de ${intern}` })
      .click();
    await page.getByRole('heading', { level: 2, name: `Pasantía de ${intern}` }).waitFor();
    const old = (await page.getByText(/^Certificado de pasantía EGM-\d{4}-\d{6}/).textContent()) ?? '';
    const oldSerial = old.match(/EGM-\d{4}-\d{6}/)?.[0] ?? '';
    await page.getByRole('button', { name: `Reemitir ${oldSerial}` }).click();
    await page.getByLabel('Qué se corrige').fill('Segundo apellido corregido');
    await page.getByRole('button', { name: 'Reemitir certificado' }).click();
    const done = page.getByText(/^Se emitió el certificado EGM-\d{4}-\d{6}, que reemplaza al anterior\.$/);
    await done.waitFor();
    const newSerial = ((await done.textContent()) ?? '').match(/EGM-\d{4}-\d{6}/)?.[0] ?? '';
    expect(newSerial).not.toBe(oldSerial);
    // The placement now shows the replacement, valid, with its own public page.
    await page.getByText(`Certificado de pasantía ${newSerial}`).waitFor();
    await expectAccessible(page, 'reemisión del certificado de pasantía');
    await page.getByRole('link', { name: /^Verificación pública/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Válido' }).waitFor();
    await page.getByText(unit, { exact: false }).first().waitFor();
  });
});
