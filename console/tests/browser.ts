import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type TestApp, type TestUser, client, registerUser } from '../../test/harness';

// Debian's Chromium, never a downloaded browser; flags keep it off the (closed) network. Playwright's
// launch() gives every run a fresh temporary profile.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts/console');

export async function launchChromium(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A console page that asks for reduced motion: the console then turns antd's animations off, so a
 * click never lands on a modal still zooming in (on a loaded machine that click hit the mask).
 */
export function consolePage(browser: Browser): Promise<Page> {
  return browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
}

/** A new page signed in to the console as `user` (password as given at registration). */
export async function signedInPage(browser: Browser, app: TestApp, user: Pick<TestUser, 'email'>, password: string): Promise<Page> {
  const page = await consolePage(browser);
  await page.goto(`${app.url}/console/login`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  return page;
}

/** A full-page screenshot kept as a CI artifact under test-artifacts/console/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** A staff user with `roles` and a known login (for signedInPage): roles are set in the database, as there is no API for them. */
export async function registerStaff(app: TestApp, roles: string[], login: Partial<{ email: string; password: string }>): Promise<TestUser> {
  const user = await registerUser(client(app.url), login);
  await app.ctx.db.updateTable('users').set({ roles }).where('id', '=', user.id).execute();
  return user;
}
