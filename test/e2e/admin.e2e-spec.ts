import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/** The admin's journey through the SPA: users, CSV import, municipalities and agreements. */
describe('admin journey', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const nav = () => page.getByRole('navigation', { name: 'Navegación principal' });

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser);
    page = await context.newPage();
    await loginThroughUi(page, 'admin@demo.egm.bo');
  });
  afterAll(() => browser.close());

  it('creates a user, with a clear message on a field the server refuses, then edits roles and deactivates', async () => {
    await nav().getByRole('link', { name: 'Usuarios', exact: true }).click();
    await page.getByRole('link', { name: 'Nuevo usuario' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuevo usuario' }).waitFor();
    await page.getByLabel('Correo electrónico').fill('coordinador@demo.egm.bo'); // already taken
    await page.getByLabel('Contraseña inicial').fill('Segura-Clave-2026');
    await page.getByLabel('Nombres').fill('Wara');
    await page.getByLabel('Apellidos').fill('Apaza Ñanculef');
    await page.getByLabel('Número de cédula').fill('6543210');
    await page.getByLabel('Expedido en').selectOption('LP');
    await page.getByLabel('Género').selectOption('female');
    await page.getByLabel('Municipio').selectOption({ label: 'Achocalla (LP)' });
    await page.getByLabel('Unidad organizacional').fill('Dirección de Planificación');
    await page.getByRole('button', { name: 'Crear usuario' }).click();
    // The server's 409 names the email field; the form shows it next to the field.
    const email = page.getByLabel('Correo electrónico');
    await page.getByText('Ya existe una cuenta con este correo').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'nuevo usuario con error');

    await email.fill('wara.apaza@achocalla.gob.bo');
    await page.getByRole('button', { name: 'Crear usuario' }).click();
    await page.getByText('Se creó la cuenta de Wara Apaza Ñanculef').waitFor();

    // Find her in the list, open her account, give her the liaison role.
    await nav().getByRole('link', { name: 'Usuarios', exact: true }).click();
    await page.getByLabel('Buscar').fill('Ñanculef');
    await page.getByLabel('Buscar').press('Enter');
    await page.getByRole('link', { name: 'Wara Apaza Ñanculef' }).click();
    await page.getByRole('heading', { level: 1, name: 'Editar usuario' }).waitFor();
    await page.getByRole('checkbox', { name: 'Enlace municipal' }).check();
    await page.getByRole('button', { name: 'Guardar cambios' }).click();
    await page.getByText('Los cambios fueron guardados.').waitFor();
    await expectAccessible(page, 'editar usuario');

    await nav().getByRole('link', { name: 'Usuarios', exact: true }).click();
    await page.getByLabel('Buscar').fill('Ñanculef');
    await page.getByLabel('Buscar').press('Enter');
    const row = page.getByRole('row', { name: /Wara Apaza Ñanculef/ });
    await row.getByText('Participante, Enlace municipal').waitFor();
    await page.getByRole('button', { name: 'Desactivar a Wara Apaza Ñanculef' }).click();
    await page.getByText('La cuenta de Wara Apaza Ñanculef fue desactivada.').waitFor();
    await row.getByText('Inactivo').waitFor();
    await expectAccessible(page, 'usuarios');
  });

  it('imports officials from CSV: errors per line and field first, nothing saved, then the corrected file', async () => {
    await nav().getByRole('link', { name: 'Importar funcionarios' }).click();
    const header = 'correo;nombres;apellidos;ci;complemento;expedido;genero;municipio;unidad;cargo';
    const bad = `\uFEFF${header}\nrosa.nina@palca.gob.bo;Rosa;Nina Mamani;7012345;;LP;F;020103;Catastro;Técnica\nmalo;Iván;Chambi;12;;XX;F;999999;;\n`;
    await page.getByLabel('Archivo CSV').setInputFiles({ name: 'funcionarios.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByRole('button', { name: 'Validar' }).click();
    const errors = page.getByRole('table', { name: /Errores encontrados en el archivo/ });
    await errors.waitFor();
    const rows = await errors.getByRole('row').allInnerTexts();
    expect(rows.slice(1).map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual(['3 correo', '3 ci', '3 expedido', '3 municipio']);
    await expectAccessible(page, 'importar con errores');
    // All or nothing: the valid first row was not imported either.
    await page.getByRole('button', { name: 'Importar' }).click();
    await errors.waitFor();

    const good = `${header}\nrosa.nina@palca.gob.bo;Rosa;Nina Mamani;7012345;;LP;F;020103;Catastro;Técnica\niván.chambi@palca.gob.bo;Iván;Chambi Laura;7012346;1A;LP;M;020103;;\n`.replace('iván', 'ivan');
    await page.getByLabel('Archivo CSV').setInputFiles({ name: 'funcionarios.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await page.getByRole('button', { name: 'Validar' }).click();
    await page.getByText('El archivo es válido: 2 filas listas para importar.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Importar' }).click();
    await page.getByText('Importación completada: se crearon 2 usuarios', { exact: false }).waitFor();

    await nav().getByRole('link', { name: 'Usuarios', exact: true }).click();
    await page.getByLabel('Buscar').fill('Nina Mamani');
    await page.getByLabel('Buscar').press('Enter');
    await page.getByRole('link', { name: 'Rosa Nina Mamani' }).waitFor();
  });

  it('registers an agreement for a municipality, refusing an end date before the start', async () => {
    await nav().getByRole('link', { name: 'Municipios' }).click();
    await page.getByRole('heading', { level: 1, name: 'Municipios' }).waitFor();
    await page.getByLabel('Buscar').fill('Sica Sica');
    await page.getByLabel('Buscar').press('Enter');
    await page.getByRole('link', { name: 'Ver convenios de Sica Sica' }).click();
    await page.getByText('Este municipio no tiene convenios registrados.').waitFor();
    await expectAccessible(page, 'municipio');

    await page.getByLabel('Título').fill('Convenio marco de capacitación');
    await page.getByLabel('Fecha de firma').fill('2026-02-10');
    await page.getByLabel('Vigente desde').fill('2026-03-01');
    await page.getByLabel('Vigente hasta').fill('2025-12-31');
    await page.getByRole('button', { name: 'Registrar convenio' }).click();
    await page.getByText('La fecha de término debe ser igual o posterior a la de inicio.').waitFor();
    expect(await page.getByLabel('Vigente hasta').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Vigente hasta').fill('2029-12-31');
    await page.getByRole('button', { name: 'Registrar convenio' }).click();
    await page.getByText('Se registró el convenio «Convenio marco de capacitación».').waitFor();
    const table = page.getByRole('table', { name: 'Convenios de Sica Sica' });
    await table.getByRole('row', { name: /Convenio marco de capacitación/ }).getByText('Vigente', { exact: true }).waitFor();
    await expectAccessible(page, 'municipio con convenio');
  });

  it('switches the interface to English and back', async () => {
    await page.getByLabel('Idioma').selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Users', exact: true }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language').selectOption('es');
    await nav().getByRole('link', { name: 'Usuarios', exact: true }).waitFor();
  });
});
