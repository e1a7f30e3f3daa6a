import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readPdf } from '../support/pdf';
import { ApiSession } from './support/api';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/**
 * Issue 5 as people live it: the coordinator issues the certificates of a closed cohort (the demo
 * leaves the Cultura ciudadana cohort uncertified for this); one of its participants downloads
 * their PDF; an anonymous visitor opens the verification link printed under the PDF's QR code and
 * sees «Válido»; the coordinator revokes the certificate and the same page shows «Revocado».
 * The steps share state and run in order.
 */
describe('certificates journey: issue, download, verify, revoke', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let cohortId = '';
  let holder = { email: '', name: '' };
  let serial = '';
  let verifyUrl = '';

  const nav = (p: Page) => p.getByRole('navigation', { name: 'Navegación principal' });
  const context = async (): Promise<BrowserContext> => {
    const created = await newContext(browser);
    contexts.push(created);
    return created;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    const coordinator = await ApiSession.login('coordinador@demo.egm.bo');
    const courses = await coordinator.request<{ items: { id: string; code: string }[] }>('GET', '/api/courses?search=CEB-140');
    const course = courses.items.find((item) => item.code === 'CEB-140');
    if (!course) throw new Error('no demo course CEB-140');
    const cohorts = await coordinator.request<{ id: string; status: string }[]>('GET', `/api/courses/${course.id}/cohorts`);
    const closed = cohorts.find((cohort) => cohort.status === 'closed');
    if (!closed) throw new Error('no closed CEB-140 cohort');
    cohortId = closed.id;
  });
  afterAll(async () => {
    for (const created of contexts) await created.close();
    await browser.close();
  });

  let coordinatorPage: Page;

  it('the coordinator issues the cohort certificates as a background job and sees them listed', async () => {
    coordinatorPage = await (await context()).newPage();
    await loginThroughUi(coordinatorPage, 'coordinador@demo.egm.bo');
    await coordinatorPage.goto(`/cohortes/${cohortId}`);
    await coordinatorPage.getByRole('heading', { level: 2, name: 'Certificados' }).waitFor();
    await coordinatorPage.getByRole('button', { name: 'Emitir certificados de la cohorte' }).click();
    await coordinatorPage.getByText(/Emisión terminada: \d+ certificados nuevos/).waitFor({ timeout: 60_000 });
    const table = coordinatorPage.getByRole('table', { name: /Certificados de la cohorte/ });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    serial = ((await table.locator('tbody tr').first().innerText()).match(/EGM-\d{4}-\d{6}/) ?? [''])[0];
    expect(serial).toMatch(/^EGM-\d{4}-\d{6}$/);
    await expectAccessible(coordinatorPage, 'certificados de la cohorte');

    const api = await ApiSession.login('coordinador@demo.egm.bo');
    const certificates = await api.request<{ serial: string; holderId: string; holderName: string }[]>('GET', `/api/cohorts/${cohortId}/certificates`);
    const issued = certificates.find((certificate) => certificate.serial === serial);
    if (!issued) throw new Error(`no certificate ${serial}`);
    const user = await api.request<{ email: string }>('GET', `/api/users/${issued.holderId}`);
    holder = { email: user.email, name: issued.holderName };
  });

  it('the participant downloads the PDF: real text with the name, the serial and the verification link', async () => {
    const participant = await (await context()).newPage();
    await loginThroughUi(participant, holder.email);
    await nav(participant).getByRole('link', { name: 'Mis certificados' }).click();
    await participant.getByRole('heading', { level: 1, name: 'Mis certificados' }).waitFor();
    await expectAccessible(participant, 'mis certificados');
    const download = participant.waitForEvent('download');
    await participant.getByRole('button', { name: `Descargar PDF del certificado ${serial}` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${serial}.pdf`);
    const path = await file.path();
    const { readFileSync } = await import('node:fs');
    const pdf = readPdf(readFileSync(path));
    expect(pdf.embeddedTrueTypeFonts).toBeGreaterThan(0);
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain(holder.name);
    expect(text).toContain(serial);
    const link = /https?:\/\/\S+\/verificar\/[0-9A-Z]{12}/.exec(text.replace(/\s/g, ''));
    if (!link) throw new Error(`no verification link in the PDF:\n${text}`);
    verifyUrl = new URL(link[0]).pathname;
  });

  it('an anonymous visitor opens the QR link and sees «Válido», with the national ID masked', async () => {
    const visitor = await (await context()).newPage();
    await visitor.goto(verifyUrl);
    await visitor.getByRole('heading', { level: 1, name: 'Verificar un certificado' }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: 'Válido' }).waitFor();
    await visitor.getByText(holder.name).first().waitFor();
    await visitor.getByText(serial).first().waitFor();
    expect(await visitor.getByText(/\*{3,}\d{3}/).count()).toBeGreaterThan(0);
    expect(await visitor.getByRole('button', { name: 'Cerrar sesión' }).count()).toBe(0);
    await expectAccessible(visitor, 'verificación pública válida');

    await visitor.goto('/verificar/AAAA-BBBB-CCCC');
    await visitor.getByText('No encontramos un certificado con ese código.', { exact: false }).waitFor();
    await expectAccessible(visitor, 'verificación pública desconocida');
  });

  it('the coordinator revokes it with a reason, and the public page shows «Revocado» with the reason', async () => {
    await coordinatorPage.getByRole('button', { name: `Revocar ${serial}` }).click();
    const reason = 'Se detectó un error en el registro de asistencia.';
    await coordinatorPage.getByLabel('Motivo de la revocación').fill(reason);
    await coordinatorPage.getByRole('button', { name: 'Confirmar revocación' }).click();
    await coordinatorPage.getByText(/Se revocó el certificado/).waitFor();

    const visitor = await (await context()).newPage();
    await visitor.goto(verifyUrl);
    await visitor.getByRole('heading', { level: 2, name: 'Revocado' }).waitFor();
    await visitor.getByText(reason, { exact: false }).waitFor();
    await expectAccessible(visitor, 'verificación pública revocada');
  });
});
