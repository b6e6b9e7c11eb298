import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { type TestApp, startTestApp } from '../../test/harness';
import { consolePage, launchChromium, registerStaff, signedInPage } from './browser';

// In real Chromium: the console works under its strict Content-Security-Policy (no violation on any
// page), no script can reach the staff session, and no other site can frame the console.

let app: TestApp;
let browser: Browser;
const staffLogin = { email: `admin-${Date.now()}@example.test`, password: 'admin password 123' };

beforeAll(async () => {
  app = await startTestApp();
  await registerStaff(app, ['admin', 'moderator', 'arbitrator', 'analyst'], staffLogin);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Every CSP violation the page reports, as the browser's event and as its console error. */
async function watchPolicy(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return violations;
}

const PAGES = ['fraud-cases', 'disputes', 'orders', 'reviews', 'listings', 'reports', 'identity', 'sales', 'users', 'audit', 'dashboards', 'sql', 'models'];

test('every console page renders under the strict policy without a single violation', async () => {
  const page = await consolePage(browser);
  const violations = await watchPolicy(page);
  const login = await page.goto(`${app.url}/console/login`);
  const csp = login!.headers()['content-security-policy'] ?? '';
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  await page.getByLabel('Email').fill(staffLogin.email);
  await page.getByLabel('Password').fill(staffLogin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/login'));
  for (const path of PAGES) {
    await page.goto(`${app.url}/console/${path}`);
    await page.locator('.ant-layout-sider').waitFor();
    await page.waitForLoadState('networkidle');
    // antd's CSS-in-JS styles did apply: the sider has its dark theme background, not none.
    expect(await page.locator('.ant-layout-sider').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  }
  expect(violations).toEqual([]);
  await page.close();
});

test('after sign-in no script can read the session: it is an HttpOnly cookie, and nothing is in web storage', async () => {
  const page = await signedInPage(browser, app, staffLogin, staffLogin.password);
  const cookies = await page.context().cookies();
  const session = cookies.find((c) => c.name === 'agora_session');
  expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(session!.value).toMatch(/^agt_/);
  expect(cookies.find((c) => c.name === 'agora_csrf')).toMatchObject({ httpOnly: false, sameSite: 'Strict' });

  const visible = await page.evaluate(() => ({
    cookie: document.cookie,
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
  }));
  expect(visible.cookie).toContain('agora_csrf=');
  expect(visible.cookie).not.toContain('agora_session');
  for (const store of Object.values(visible)) {
    expect(store).not.toContain(session!.value);
    expect(store).not.toMatch(/agt_/);
  }

  // Signing out revokes the session and deletes both cookies.
  const signOut = page.waitForResponse((r) => r.url().endsWith('/v1/auth/logout'));
  await page.getByText('Logout').click();
  expect((await signOut).status()).toBe(204);
  await page.waitForURL((url) => url.pathname.endsWith('/login'));
  expect((await page.context().cookies()).map((c) => c.name)).toEqual([]);
  const row = await app.ctx.db.selectFrom('sessions').select('revoked_at').where('token_hash', '=', createHash('sha256').update(session!.value).digest()).executeTakeFirstOrThrow();
  expect(row.revoked_at).not.toBeNull();
  await page.close();
});

test("the console declares frame-ancestors 'none', and Chromium refuses to frame it", async () => {
  const page = await consolePage(browser);
  // A page of another origin (another port), without a policy of its own, frames the console.
  const framed = `<iframe id="victim" src="${app.url}/console/login" onload="window.frameLoaded = true"></iframe>`;
  const framer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(framed)).listen(0, '127.0.0.1');
  await once(framer, 'listening');
  await page.goto(`http://127.0.0.1:${(framer.address() as AddressInfo).port}/`);
  await page.waitForFunction(() => (window as unknown as { frameLoaded?: boolean }).frameLoaded === true);
  framer.closeAllConnections();
  framer.close();
  const frame = await (await page.$('#victim'))!.contentFrame();
  expect(frame!.url()).not.toContain('/console/login');
  expect(await frame!.locator('input').count()).toBe(0);

  const response = await page.goto(`${app.url}/console/login`);
  expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response!.headers()['x-frame-options']).toBe('DENY');
  await page.close();
});
