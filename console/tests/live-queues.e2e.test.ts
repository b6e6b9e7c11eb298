import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page, WebSocket as PageSocket } from 'playwright-core';
import { type Request, type TestApp, type TestUser, client, registerUser, startTestApp } from '../../test/harness';
import { connectRealtime } from '../../test/realtime-client';
import { launchChromium, registerStaff, screenshot, signedInPage } from './browser';

// The queues update over the socket: a report filed while the page is open appears without a reload
// and without the old 3-second polling; when the socket is taken away, the page falls back to polling.

let app: TestApp;
let request: Request;
let browser: Browser;
let moderator: TestUser;
const password = 'moderator password 1';

beforeAll(async () => {
  // One socket per user: a second socket of the moderator's closes the console's (4002), for the fallback test.
  app = await startTestApp({ env: { REALTIME_MAX_SOCKETS_PER_USER: '1' } });
  request = client(app.url);
  moderator = await registerStaff(app, ['moderator'], { password });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Counts the page's requests for the report queue. */
function countQueueRequests(page: Page): { count: () => number } {
  let n = 0;
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/v1/admin/reports') n += 1;
  });
  return { count: () => n };
}

/** Resolves with the page's socket to /v1/realtime once the server confirmed it watches `topic`. */
function watching(page: Page, topic: string): Promise<PageSocket> {
  return new Promise((resolve) => {
    page.on('websocket', (ws) => {
      if (!ws.url().endsWith('/v1/realtime')) return;
      ws.on('framereceived', ({ payload }) => {
        const frame = JSON.parse(String(payload)) as { type: string; topic?: string };
        if (frame.type === 'subscribed' && frame.topic === topic) resolve(ws);
      });
    });
  });
}

async function fileReport(note: string): Promise<string> {
  const [reporter, target] = [await registerUser(request), await registerUser(request)];
  const res = await request('POST', '/v1/reports', { token: reporter.token, body: { target_type: 'user', target_id: target.id, reason: 'fraud', note } });
  expect(res.status).toBe(201);
  return res.body.id;
}

test('a report filed while the queue is open appears without a reload, and nothing polls meanwhile', async () => {
  const page = await signedInPage(browser, app, moderator, password);
  const socket = watching(page, 'staff:reports');
  const queue = countQueueRequests(page);
  await page.goto(`${app.url}/console/reports`);
  await socket;
  await page.getByRole('table').waitFor();
  // Quiet for longer than two of the old polling periods: no request for the queue.
  await sleep(500);
  const loaded = queue.count();
  await sleep(7_000);
  expect(queue.count()).toBe(loaded);

  const note = `Live ${randomBytes(4).toString('hex')}`;
  const id = await fileReport(note);
  await page.getByText(note).waitFor({ timeout: 10_000 });
  expect(await page.locator(`tr[data-row-key="${id}"]`).count()).toBe(1);
  // One reload for the announcement, and still no polling after it.
  expect(queue.count()).toBe(loaded + 1);
  await sleep(7_000);
  expect(queue.count()).toBe(loaded + 1);
  await screenshot(page, 'reports-live');
  await page.close();
});

test('when the socket is taken away for good, the queue falls back to polling every 3 s', async () => {
  const page = await signedInPage(browser, app, moderator, password);
  const socket = watching(page, 'staff:reports');
  const queue = countQueueRequests(page);
  await page.goto(`${app.url}/console/reports`);
  const pageSocket = await socket;
  const closed = new Promise<void>((resolve) => pageSocket.on('close', () => resolve()));
  // The moderator opens a socket elsewhere: the console's, the older one, is closed with 4002.
  const elsewhere = await connectRealtime(app.url, { token: moderator.token });
  await closed;
  const before = queue.count();
  const note = `Polled ${randomBytes(4).toString('hex')}`;
  await fileReport(note);
  await page.getByText(note).waitFor({ timeout: 10_000 });
  await sleep(6_500);
  // Polling: about one request per 3 s.
  expect(queue.count() - before).toBeGreaterThanOrEqual(2);
  elsewhere.close();
  await page.close();
});
