import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/** A participant (one of the generated demo officials) keeps their own profile. */
describe('participant profile', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('updates contact data and changes the password, refusing a wrong current one', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginThroughUi(page, 'maria.mamani1@demo.egm.bo');
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Mi perfil' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mi perfil' }).waitFor();
    await page.getByText('maria.mamani1@demo.egm.bo').first().waitFor();

    await page.getByLabel('Teléfono').fill('+591 71234567');
    await page.getByRole('button', { name: 'Guardar datos' }).click();
    await page.getByText('Sus datos fueron actualizados.').waitFor();

    await page.getByLabel('Contraseña actual').fill('no-es-la-clave-1');
    await page.getByLabel('Nueva contraseña', { exact: true }).fill('Nueva-Clave-2027');
    await page.getByLabel('Confirmar nueva contraseña').fill('Nueva-Clave-2027');
    await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await page.getByText('No es correcta').first().waitFor();
    expect(await page.getByLabel('Contraseña actual').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, 'perfil con error');

    await page.getByLabel('Contraseña actual').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Cambiar contraseña' }).click();
    await page.getByText('Su contraseña fue cambiada.').waitFor();

    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.waitForURL('**/ingresar');
    await loginThroughUi(page, 'maria.mamani1@demo.egm.bo', 'Nueva-Clave-2027');
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: 'Mi perfil' }).click();
    expect(await page.getByLabel('Teléfono').inputValue()).toBe('+591 71234567');
    await context.close();
  });
});
