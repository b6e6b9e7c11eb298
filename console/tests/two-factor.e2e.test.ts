import { generate } from 'otplib';
import type { Browser } from 'playwright-core';
import { type TestApp, manualClock, startTestApp } from '../../test/harness';
import { consolePage, launchChromium, registerStaff, screenshot } from './browser';

// In real Chromium, with staff two-step verification required: a staff member without it is sent to
// the enrolment page, turns it on by typing a code computed from the secret on the page, keeps the
// recovery codes, signs out, and signs in again with the password and a code.

const time = manualClock(new Date().toISOString());
let app: TestApp;
let browser: Browser;
const staffLogin = { email: `twofactor-${Date.now()}@example.test`, password: 'admin password 123' };

beforeAll(async () => {
  app = await startTestApp({ clock: time.clock, env: { STAFF_REQUIRE_2FA: 'true' } });
  await registerStaff(app, ['admin', 'moderator', 'arbitrator', 'analyst'], staffLogin);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const codeFor = (secret: string) => generate({ secret, epoch: Math.floor(time.nowMs() / 1000) });

test('a staff member enrols from the console, then signs in with password and code', async () => {
  const page = await consolePage(browser);
  await page.goto(`${app.url}/console/login`);
  await page.getByLabel('Email').fill(staffLogin.email);
  await page.getByLabel('Password').fill(staffLogin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // No second factor yet: the API refuses the staff routes and the console sends them to enrol.
  await page.waitForURL((url) => url.pathname.endsWith('/two-factor'));
  await page.getByRole('button', { name: 'Set up two-step verification' }).click();
  await page.getByTestId('totp-qr').waitFor();
  expect(await page.getByTestId('totp-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
  const secret = (await page.getByTestId('totp-secret').innerText()).trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // A wrong code is refused on the page.
  await page.getByLabel('Code from the app').fill((await codeFor(secret)) === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByTestId('two-factor-error').waitFor();

  await page.getByLabel('Code from the app').fill(await codeFor(secret));
  await page.getByRole('button', { name: 'Turn on' }).click();
  await page.getByTestId('recovery-code').first().waitFor();
  expect(await page.getByTestId('recovery-code').count()).toBe(10);
  await screenshot(page, 'two-factor-recovery-codes');
  await page.getByRole('button', { name: 'I have saved them' }).click();
  await page.locator('.ant-layout-sider').waitFor();

  // Sign out from the user menu.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await page.waitForURL((url) => url.pathname.endsWith('/login'));

  // Signing in again is two steps; the code must be of a later time step than the one that confirmed.
  time.advance(30_000);
  await page.getByLabel('Email').fill(staffLogin.email);
  await page.getByLabel('Password').fill(staffLogin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Code').fill(await codeFor(secret));
  await screenshot(page, 'two-factor-login-code');
  await page.getByRole('button', { name: 'Verify' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  await page.locator('.ant-layout-sider').waitFor();
  await page.getByText('Fraud cases').first().waitFor();
  await page.close();
});
