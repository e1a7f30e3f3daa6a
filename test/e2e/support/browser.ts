import AxeBuilder from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export const DEMO_PASSWORD = 'Campus-Demo-2026';
export const baseUrl = () => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run through test/e2e/jest.config.cjs');
  return url;
};

/** The system Chromium (never a downloaded browser), headless. */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run',
    ],
  });

export const newContext = (browser: Browser): Promise<BrowserContext> =>
  browser.newContext({ locale: 'es-BO', baseURL: baseUrl(), viewport: { width: 1280, height: 900 } });

/** Runs axe (WCAG 2.0/2.1 A and AA) and fails with a readable list of violations. */
export const expectAccessible = async (page: Page, label: string): Promise<void> => {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map(
    (v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );
  expect(violations).toEqual([]);
};

/** Logs in through the login page in Spanish and waits for the home page. */
export const loginThroughUi = async (page: Page, email: string, password = DEMO_PASSWORD): Promise<void> => {
  await page.goto('/ingresar');
  await page.getByLabel('Correo electrónico').fill(email);
  await page.getByLabel('Contraseña').fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.getByRole('button', { name: 'Cerrar sesión' }).waitFor();
};
