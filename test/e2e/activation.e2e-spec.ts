import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseUrl, expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/**
 * An imported official has no password ("pendiente de activación"): the admin hands out a
 * one-time link, the person opens it without a session, chooses a password and signs in.
 */
describe('account activation', () => {
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;
  const nav = () => page.getByRole('navigation', { name: 'Navegación principal' });

  const stamp = String(Date.now()).slice(-7);
  const email = `sonia.quispe.${stamp}@achocalla.gob.bo`;
  const fullName = 'Sonia Quispe Tola';
  const password = 'Activa-Clave-2026';
  let link = '';
  let csvLink = '';
  /** What the public endpoint says of a link: 200 while usable, 404 once spent or replaced. */
  const linkStatus = async (url: string) =>
    (await fetch(`${baseUrl()}/api/auth/activation/${new URL(url).pathname.split('/').pop()}`)).status;

  const findInUsers = async () => {
    await nav().getByRole('link', { name: 'Usuarios', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Usuarios' }).waitFor();
    await page.getByLabel('Buscar').fill(email);
    await page.getByLabel('Buscar').press('Enter');
    const row = page.getByRole('row', { name: new RegExp(fullName) });
    await row.waitFor();
    return row;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await newContext(browser);
    page = await admin.newPage();
    await loginThroughUi(page, 'admin@demo.egm.bo');
  });
  afterAll(() => browser.close());

  it('imports an official, whose account is pending activation, and downloads the CSV of links', async () => {
    await nav().getByRole('link', { name: 'Importar funcionarios' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importar funcionarios' }).waitFor();
    // The download is always offered, also before importing anything.
    await page.getByRole('heading', { level: 2, name: 'Enlaces de activación' }).waitFor();

    const header = 'correo;nombres;apellidos;ci;complemento;expedido;genero;municipio;unidad;cargo';
    const csv = `${header}\n${email};Sonia;Quispe Tola;9${stamp};;LP;F;020104;Secretaría General;Técnica\n`;
    await page.getByLabel('Archivo CSV').setInputFiles({ name: 'funcionarios.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importar', exact: true }).click();
    await page.getByText('Importación completada: se crearon 1 usuarios', { exact: false }).waitFor();
    await page.getByRole('link', { name: /descargue sus enlaces de activación/ }).waitFor();
    await expectAccessible(page, 'importar con enlaces de activación');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Descargar enlaces de activación (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('enlaces-activacion.csv');
    const file = await readFile(await download.path());
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = file.toString('utf8');
    expect(text.startsWith('\uFEFFcorreo;nombres;apellidos;municipio;enlace;vence\r\n') || text.startsWith('\uFEFFcorreo;nombres;apellidos;municipio;enlace;vence\n')).toBe(true);
    expect(text).toContain(`${email};Sonia;Quispe Tola;Achocalla;`);
    csvLink = text.split('\n').find((line) => line.startsWith(`${email};`))?.split(';')[4] ?? '';
    expect(csvLink).toMatch(/\/activar\/[^/]+$/);
    expect(await linkStatus(csvLink)).toBe(200);
    await page.getByText('Archivo descargado:', { exact: false }).waitFor();

    const row = await findInUsers();
    await row.getByText('Pendiente de activación').waitFor();
    await expectAccessible(page, 'usuarios con cuenta pendiente');
  });

  it('issues a one-time link on the edit page (the CSV links stop working)', async () => {
    await (await findInUsers()).getByRole('link', { name: fullName }).click();
    await page.getByRole('heading', { level: 1, name: `Editar usuario: ${fullName}` }).waitFor();
    const section = page.getByRole('region', { name: 'Enlace de activación' });
    await section.getByText('Esta cuenta está pendiente de activación').waitFor();
    await admin.grantPermissions(['clipboard-read', 'clipboard-write']);
    await section.getByRole('button', { name: 'Generar enlace de activación' }).click();

    const input = section.getByRole('textbox', { name: 'Enlace de activación' });
    await input.waitFor();
    expect(await input.getAttribute('readonly')).not.toBeNull();
    link = await input.inputValue();
    expect(link).toMatch(/^https?:\/\/[^/]+\/activar\/[^/?#]+$/);
    await section.getByText(/Vence el .+ y sirve una sola vez\./).waitFor();
    expect(await linkStatus(link)).toBe(200);
    expect(await linkStatus(csvLink)).toBe(404);
    await section.getByRole('button', { name: 'Copiar enlace' }).click();
    await section.getByText(/Enlace copiado\.|cópielo con Ctrl\+C/).waitFor();
    await expectAccessible(page, 'editar usuario con enlace de activación');
  });

  it('lets the person choose a password without a session, sign in with it, and not reuse the link', async () => {
    expect(link).not.toBe('');
    const path = new URL(link).pathname;
    const context = await newContext(browser);
    const visitor = await context.newPage();
    await visitor.goto(path);
    await visitor.getByRole('heading', { level: 1, name: 'Activar su cuenta' }).waitFor();
    await visitor.getByText(`Cuenta de ${fullName} (${email})`).waitFor();
    await visitor.waitForFunction(() => document.activeElement?.tagName === 'H1');
    await expectAccessible(visitor, 'activar cuenta');

    const newPassword = visitor.getByLabel('Nueva contraseña', { exact: true });
    const confirm = visitor.getByLabel('Confirmar nueva contraseña');
    await newPassword.fill(password);
    await confirm.fill('Otra-Clave-2026');
    await visitor.getByRole('button', { name: 'Activar cuenta' }).click();
    await visitor.getByText('Las contraseñas no coinciden.').waitFor();
    expect(await confirm.getAttribute('aria-invalid')).toBe('true');
    expect(await newPassword.getAttribute('aria-invalid')).toBeNull();
    await expectAccessible(visitor, 'activar cuenta con error');

    await confirm.fill(password);
    await visitor.getByRole('button', { name: 'Activar cuenta' }).click();
    await visitor.getByText('Su cuenta está activa.', { exact: false }).waitFor();
    await expectAccessible(visitor, 'cuenta activada');
    await visitor.getByRole('link', { name: 'Ingresar al campus' }).click();
    await visitor.waitForURL('**/ingresar');
    await loginThroughUi(visitor, email, password);
    await visitor.getByRole('heading', { level: 1, name: `Hola, ${fullName}` }).waitFor();

    // The link is spent: it says so, also to someone signed in, and offers the login page.
    await visitor.goto(path);
    await visitor.getByRole('heading', { level: 1, name: 'Activar su cuenta' }).waitFor();
    await visitor.getByText('El enlace de activación no es válido o ya venció.').waitFor();
    expect(await visitor.getByLabel('Nueva contraseña', { exact: true }).count()).toBe(0);
    await visitor.getByRole('link', { name: 'Ingresar al campus' }).waitFor();
    await expectAccessible(visitor, 'enlace de activación usado');
    await context.close();

    // The admin's list no longer marks the account as pending (fresh data: the list is cached for a while).
    await page.reload();
    await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
    const row = await findInUsers();
    await row.getByText('Activo', { exact: true }).waitFor();
    expect(await row.getByText('Pendiente de activación').count()).toBe(0);
  });
});
