import type { Browser } from 'playwright-core';
import type { Role } from '@campus/domain';
import { expectAccessible, launchBrowser, loginThroughUi, newContext } from './support/browser';

/** Spanish navigation labels, as a person reads them. */
const NAV: Record<string, string> = {
  home: 'Inicio',
  profile: 'Mi perfil',
  catalogue: 'Catálogo',
  learning: 'Mi aprendizaje',
  myCompetencies: 'Mis competencias',
  certificates: 'Mis certificados',
  enrolments: 'Inscripciones',
  teaching: 'Mis cohortes',
  internships: 'Pasantías',
  reports: 'Informes',
  courses: 'Cursos',
  calendar: 'Calendario',
  competencies: 'Competencias',
  users: 'Usuarios',
  import: 'Importar funcionarios',
  municipalities: 'Municipios',
  audit: 'Auditoría',
};

/** `municipality`: the liaison's own, the only one whose people they may see. */
const JOURNEYS: { email: string; roles: Role[]; roleLabel: string; nav: (keyof typeof NAV)[]; municipality?: string }[] = [
  { email: 'admin@demo.egm.bo', roles: ['admin'], roleLabel: 'Administrador/a', nav: ['home', 'profile', 'catalogue', 'enrolments', 'teaching', 'internships', 'reports', 'courses', 'calendar', 'competencies', 'users', 'import', 'municipalities', 'audit'] },
  { email: 'coordinador@demo.egm.bo', roles: ['coordinator'], roleLabel: 'Coordinador/a EGM', nav: ['home', 'profile', 'catalogue', 'enrolments', 'teaching', 'internships', 'reports', 'courses', 'calendar', 'competencies', 'users', 'municipalities'] },
  { email: 'gerencia@demo.egm.bo', roles: ['manager'], roleLabel: 'Gerencia', nav: ['home', 'profile', 'catalogue', 'internships', 'reports', 'competencies', 'users', 'municipalities'] },
  { email: 'facilitador@demo.egm.bo', roles: ['facilitator'], roleLabel: 'Facilitador/a', nav: ['home', 'profile', 'catalogue', 'teaching', 'courses', 'calendar'] },
  { email: 'tutor@demo.egm.bo', roles: ['tutor'], roleLabel: 'Tutor/a institucional', nav: ['home', 'profile', 'catalogue', 'internships'] },
  { email: 'enlace@demo.egm.bo', roles: ['municipal_liaison', 'participant'], roleLabel: 'Enlace municipal', nav: ['home', 'profile', 'catalogue', 'learning', 'myCompetencies', 'certificates', 'enrolments', 'internships', 'reports', 'users'], municipality: 'El Alto' },
  { email: 'participante@demo.egm.bo', roles: ['participant'], roleLabel: 'Participante', nav: ['home', 'profile', 'catalogue', 'learning', 'myCompetencies', 'certificates', 'internships'] },
];

describe('each demo account logs in through the SPA and sees the navigation of its role', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser.close());

  it('shows the login page in Spanish, accessible, and refuses a wrong password with a clear message', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL('**/ingresar');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByRole('heading', { level: 1, name: 'Ingresar al campus' }).waitFor();
    await expectAccessible(page, 'ingresar');
    await page.getByLabel('Correo electrónico').fill('participante@demo.egm.bo');
    await page.getByLabel('Contraseña').fill('equivocada-123');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.getByRole('alert').filter({ hasText: 'incorrectos' }).waitFor();
    await expectAccessible(page, 'ingresar con error');
    await context.close();
  });

  it.each(JOURNEYS)('$email', async ({ email, roles, roleLabel, nav, municipality }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await loginThroughUi(page, email);

    const navigation = page.getByRole('navigation', { name: 'Navegación principal' });
    const links = await navigation.getByRole('link').allInnerTexts();
    expect(links.map((l) => l.trim())).toEqual(nav.map((key) => NAV[key]));
    await expect(page.getByText(roleLabel, { exact: false }).first().isVisible()).resolves.toBe(true);
    await expectAccessible(page, `${email} inicio`);

    // Every section of the role opens, with its heading focused and a page title.
    for (const key of nav.slice(1)) {
      await navigation.getByRole('link', { name: NAV[key], exact: true }).click();
      const heading = page.getByRole('heading', { level: 1 });
      await heading.waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      expect(await page.title()).toContain('Campus EGM');
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `${email} ${key}`);
    }

    // Coordinators, managers and liaisons read the people list; only admins change it.
    if (nav.includes('users') && !roles.includes('admin')) {
      await navigation.getByRole('link', { name: NAV.users, exact: true }).click();
      const title = municipality ? `Funcionarios de ${municipality}` : 'Usuarios';
      await page.getByRole('heading', { level: 1, name: title, exact: true }).waitFor();
      const table = page.getByRole('table', { name: /^Usuarios \(/ });
      await table.waitFor();
      const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
      expect(headers).not.toContain('Acciones');
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      if (municipality) {
        // A liaison sees the people of their own municipality only, with no filter for others.
        const column = headers.indexOf('Municipio');
        expect(column).toBeGreaterThan(-1);
        const municipalities = await Promise.all(
          (await rows.all()).map((row) => row.locator(':scope > th, :scope > td').nth(column).innerText()),
        );
        expect(municipalities.length).toBeGreaterThan(1);
        expect(new Set(municipalities.map((m) => m.trim()))).toEqual(new Set([municipality]));
        expect(await page.getByRole('combobox', { name: 'Municipio' }).count()).toBe(0);
      }
      expect(await page.getByRole('link', { name: 'Nuevo usuario' }).count()).toBe(0);
      expect(await page.getByRole('button', { name: /Desactivar|Activar/ }).count()).toBe(0);

      // A person's name opens their record, read-only.
      const first = rows.first().getByRole('link');
      const name = (await first.innerText()).trim();
      await first.click();
      await page.getByRole('heading', { level: 1, name, exact: true }).waitFor();
      await page.getByText('Solo la administración del campus puede modificar estos datos.').waitFor();
      // The only form on the record is the coordinators' "Reconocer competencia" (a competency record, not the account).
      // The competencies section arrives as a chunk of its own: wait for it before counting fields.
      await page.getByRole('heading', { level: 2, name: 'Competencias', exact: true }).waitFor();
      const recognise = page.getByRole('region', { name: 'Reconocer competencia' });
      if (roles.includes('coordinator')) await recognise.getByRole('button', { name: 'Reconocer competencia' }).waitFor();
      expect(await recognise.count()).toBe(roles.includes('coordinator') ? 1 : 0);
      expect(await page.getByRole('textbox').count()).toBe(await recognise.getByRole('textbox').count());
      expect(await page.getByRole('button', { name: /Guardar|Desactivar|Activar/ }).count()).toBe(0);
      await expectAccessible(page, `${email} ficha de ${name}`);

      // Creating accounts stays with the admins, even by typing the address.
      await page.goto('/admin/usuarios/nuevo');
      await page.getByRole('heading', { level: 1, name: 'Sin permiso' }).waitFor();
    }

    // An admin page is refused to roles without it, even by typing its address.
    if (!nav.includes('users')) {
      await page.goto('/admin/usuarios');
      await page.getByRole('heading', { level: 1 }).waitFor();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).not.toBe('Usuarios');
    }

    // The session survives a reload (refresh cookie), then logout ends it.
    await page.reload();
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await page.waitForURL('**/ingresar');
    await page.goto('/perfil');
    await page.waitForURL('**/ingresar');
    await context.close();
  });
});
