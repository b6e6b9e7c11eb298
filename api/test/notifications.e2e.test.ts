import { inTransaction } from '../src/db/transaction';
import { type NotificationType, listenForDeliveries, notify, runNotificationDeliveries } from '../src/modules/marketplace/notifications';
import { HOUR, MINUTE, type TestApp, type TestUser, client, expectProblem, manualClock, registerUser, startTestApp } from '../../test/harness';
import { type PushService, startPushService } from '../../test/push-service';
import { connectRealtime } from '../../test/realtime-client';
import { type SmtpSink, startSmtpSink } from '../../test/smtp';

// Notifications end to end: a real SMTP peer, a push-service fake that verifies VAPID and decrypts the
// payload, real WebSocket clients. The delivery worker's loop is run by hand (runNotificationDeliveries)
// under a manual clock, so quiet hours, the digest hour and the retry backoff are exact.

let app: TestApp;
let smtp: SmtpSink;
let push: PushService;
const time = manualClock('2026-12-07T12:00:00Z');
const METRICS_TOKEN = 'm'.repeat(40);
const request = () => client(app.url);

beforeAll(async () => {
  smtp = await startSmtpSink();
  push = await startPushService();
  app = await startTestApp({
    clock: time.clock,
    env: {
      SMTP_URL: smtp.url,
      PUSH_ALLOW_LOOPBACK_HTTP: 'true',
      METRICS_TOKEN,
      NOTIFICATION_RETRY_BASE_MS: '60000',
      NOTIFICATION_MAX_ATTEMPTS: '4',
      NOTIFICATION_POLL_MS: '600000',
    },
  });
});
afterAll(async () => {
  await app.close();
  await push.close();
  await smtp.close();
});
afterEach(() => expect(push.rejected).toEqual([]));

const deliver = () => runNotificationDeliveries(app.ctx);
const send = (user: TestUser, type: NotificationType, data: Record<string, unknown>) => inTransaction(app.ctx.db, (trx) => notify(trx, user.id, type, data, time.clock.now()));
const mailsTo = (user: TestUser, subject: RegExp) => smtp.to(user.email).filter((m) => subject.test(m.subject));

async function subscribe(user: TestUser) {
  const sub = push.subscribe();
  const res = await request()('POST', '/v1/me/push-subscriptions', { token: user.token, body: { endpoint: sub.endpoint, keys: sub.keys } });
  expect(res.status).toBe(201);
  return { ...sub, apiId: res.body.id as string };
}

async function frenchUser() {
  const user = await registerUser(request());
  expect((await request()('PATCH', '/v1/me', { token: user.token, body: { locale: 'fr' } })).status).toBe(200);
  const prefs = await request()('PUT', '/v1/me/notification-preferences', { token: user.token, body: { time_zone: 'Europe/Paris' } });
  expect(prefs.status).toBe(200);
  return user;
}

test('one notification: in the inbox, on the socket, mailed in French with the amount formatted, pushed encrypted with VAPID', async () => {
  const seller = await frenchUser();
  const sub = await subscribe(seller);
  const socket = await connectRealtime(app.url, { token: seller.token });
  await send(seller, 'order.paid', {
    order_id: '7b0f3c1e-0000-4000-8000-000000000001',
    listing_title: 'Lampe laiton',
    amount: { amount: 123_456, currency: 'EUR' },
    ship_by: '2026-12-21T12:00:00Z',
  });

  expect(await deliver()).toBe(3);
  const frame = await socket.next((f) => f.type === 'event' && f.event.type === 'notification.created');
  expect(frame.event.data).toMatchObject({ type: 'order.paid', title: 'Vendu ! À expédier', url: '/orders/7b0f3c1e-0000-4000-8000-000000000001', read_at: null });
  expect(frame.event.data.body).toBe('« Lampe laiton » a été payé (1\u202f234,56\u00a0€). Expédiez-le avant le 21 décembre 2026 à 13:00.');

  const mail = await smtp.waitFor(seller.email, /Vendu/);
  expect(mail.text).toContain('(1\u202f234,56\u00a0€)');
  expect(mail.text).toContain('21 décembre 2026 à 13:00');
  expect(mail.text).toContain('http://localhost:3000/orders/7b0f3c1e-0000-4000-8000-000000000001');

  const pushed = push.messages.filter((m) => m.subscription === sub.id);
  expect(pushed).toHaveLength(1);
  expect(pushed[0]!.payload).toEqual({ type: 'order.paid', title: 'Vendu ! À expédier', body: frame.event.data.body, url: '/orders/7b0f3c1e-0000-4000-8000-000000000001' });
  expect(pushed[0]!.ttl).toBe(86_400);
  expect(pushed[0]!.urgency).toBe('normal');
  expect(pushed[0]!.jwt.aud).toBe(push.url);

  const inbox = await request()('GET', '/v1/me/notifications?unread=true', { token: seller.token });
  expect(inbox.body.data).toEqual([frame.event.data]);
  expect((await request()('GET', '/v1/me/notifications/unread-count', { token: seller.token })).body).toEqual({ unread: 1 });
  const read = await request()('POST', '/v1/me/notifications/read', { token: seller.token, body: { ids: [inbox.body.data[0].id] } });
  expect(read.body).toEqual({ updated: 1, unread: 0 });
  expect((await request()('GET', '/v1/me/notifications?unread=true', { token: seller.token })).body.data).toEqual([]);
  expect((await request()('GET', '/v1/me/notifications', { token: seller.token })).body.data[0].read_at).toBe(time.clock.now().toISOString());

  // Delivered once per channel: running again sends nothing more.
  expect(await deliver()).toBe(0);
  expect(mailsTo(seller, /Vendu/)).toHaveLength(1);
  socket.close();
});

test('a channel turned off is not used; security mail cannot be turned off', async () => {
  const user = await registerUser(request());
  await subscribe(user);
  const put = await request()('PUT', '/v1/me/notification-preferences', {
    token: user.token,
    body: { types: [{ type: 'order.shipped', email: 'off', push: false, realtime: false }] },
  });
  expect(put.status).toBe(200);
  expect(put.body.types.find((t: { type: string }) => t.type === 'order.shipped')).toEqual({
    type: 'order.shipped',
    in_app: true,
    realtime: false,
    email: 'off',
    push: false,
    email_locked: false,
  });
  const pushedBefore = push.messages.length;
  await send(user, 'order.shipped', { listing_title: 'Camera' });
  expect(await deliver()).toBe(0);
  expect(push.messages.length).toBe(pushedBefore);
  expect(mailsTo(user, /on its way/)).toHaveLength(0);
  expect((await request()('GET', '/v1/me/notifications', { token: user.token })).body.data[0].title).toBe('Your order is on its way');

  const locked = await request()('PUT', '/v1/me/notification-preferences', { token: user.token, body: { types: [{ type: 'security.new_login', email: 'off' }] } });
  expectProblem(locked, 422, 'types.0.email');
  // Push and the socket may be turned off for security events; the mail stays.
  const ok = await request()('PUT', '/v1/me/notification-preferences', { token: user.token, body: { types: [{ type: 'security.new_login', push: false }] } });
  expect(ok.body.types.find((t: { type: string }) => t.type === 'security.new_login')).toMatchObject({ email: 'immediate', push: false, email_locked: true });
});

test('the daily digest gathers the day’s items into one mail at the user’s local morning', async () => {
  const user = await registerUser(request());
  await request()('PUT', '/v1/me/notification-preferences', { token: user.token, body: { time_zone: 'America/New_York' } });
  await send(user, 'listing.price_dropped', { listing_id: 'a1', title: 'Desk', new_price: { amount: 9_000, currency: 'USD' } });
  await send(user, 'saved_search.matched', { name: 'oak desks', count: 3 });
  await send(user, 'review.received', { listing_title: 'Chair' });
  await deliver();
  expect(smtp.to(user.email).filter((m) => /summary/.test(m.subject))).toHaveLength(0);

  // 12:00Z is 07:00 in New York: the digest goes at 08:00 local, 13:00Z.
  time.advance(59 * MINUTE);
  await deliver();
  expect(smtp.to(user.email).filter((m) => /summary/.test(m.subject))).toHaveLength(0);
  time.advance(MINUTE);
  await deliver();
  const digests = smtp.to(user.email).filter((m) => /summary/.test(m.subject));
  expect(digests).toHaveLength(1);
  expect(digests[0]!.subject).toBe('Your Agora summary: 3 updates');
  expect(digests[0]!.text).toContain('“Desk” is now $90.00.');
  expect(digests[0]!.text).toContain('3 new listings match “oak desks”.');
  expect(digests[0]!.text).toContain('You received a review on a completed order.');
  time.advance(24 * HOUR);
  await deliver();
  expect(smtp.to(user.email).filter((m) => /summary/.test(m.subject))).toHaveLength(1);
});

test('quiet hours hold push and immediate mail until they end, but not security events', async () => {
  const user = await registerUser(request());
  const sub = await subscribe(user);
  // Now is 14:00 UTC (after the digest test): quiet from 13:00 to 15:30.
  const now = time.clock.now();
  const hhmm = (ms: number) => new Date(now.getTime() + ms).toISOString().slice(11, 16);
  await request()('PUT', '/v1/me/notification-preferences', { token: user.token, body: { quiet_hours: { start: hhmm(-HOUR), end: hhmm(90 * MINUTE) } } });
  await send(user, 'order.delivered', { listing_title: 'Bike' });
  await send(user, 'security.password_changed', {});
  await deliver();
  const pushedTo = () => push.messages.filter((m) => m.subscription === sub.id).map((m) => m.payload.type);
  expect(pushedTo()).toEqual(['security.password_changed']);
  expect(mailsTo(user, /Order delivered/)).toHaveLength(0);

  time.advance(89 * MINUTE);
  await deliver();
  expect(pushedTo()).toEqual(['security.password_changed']);
  time.advance(MINUTE);
  await deliver();
  expect(pushedTo()).toEqual(['security.password_changed', 'order.delivered']);
  expect(mailsTo(user, /Order delivered/)).toHaveLength(1);
  // Security pushes are urgent.
  expect(push.messages.find((m) => m.subscription === sub.id && m.payload.type === 'security.password_changed')!.urgency).toBe('high');
});

test('a failing SMTP peer and push service: retried with backoff, delivered once later, visible in /metrics', async () => {
  const user = await registerUser(request());
  const sub = await subscribe(user);
  smtp.failNext(2);
  push.failNext(1, 503);
  await send(user, 'payout.failed', { amount: { amount: 5_000, currency: 'EUR' } });
  await deliver();
  const rows = () =>
    app.ctx.db
      .selectFrom('notification_deliveries')
      .select(['channel', 'status', 'attempts', 'last_error', 'next_attempt_at'])
      .where('user_id', '=', user.id)
      .orderBy('channel')
      .execute();
  let state = await rows();
  expect(state.map((r) => [r.channel, r.status, r.attempts, r.last_error])).toEqual([
    ['email', 'pending', 1, 'smtp_451'],
    ['push', 'pending', 1, 'http_503'],
    ['realtime', 'sent', 1, null],
  ]);
  // The first retry waits between half and all of the base (60 s).
  const wait = state[0]!.next_attempt_at.getTime() - time.nowMs();
  expect(wait).toBeGreaterThanOrEqual(30_000);
  expect(wait).toBeLessThanOrEqual(60_000);

  const metrics = await request()('GET', '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(metrics.body).toMatch(/agora_notification_pending\{channel="email"\} [1-9]/);
  expect(metrics.body).toMatch(/agora_notification_deliveries_total\{channel="realtime",status="sent"\} [1-9]/);
  expect(metrics.body).toMatch(/agora_notification_delivery_failures_total\{channel="email"\} [1-9]/);
  expect(metrics.body).toMatch(/# TYPE agora_notification_backlog gauge/);

  time.advance(60_000);
  await deliver();
  state = await rows();
  expect(state.map((r) => [r.channel, r.status, r.attempts])).toEqual([
    ['email', 'pending', 2],
    ['push', 'sent', 2],
    ['realtime', 'sent', 1],
  ]);
  // The second retry waits at least 60 s (base × 2, jittered over its upper half).
  expect(state[0]!.next_attempt_at.getTime() - time.nowMs()).toBeGreaterThanOrEqual(60_000);
  time.advance(120_000);
  await deliver();
  expect((await rows()).map((r) => [r.channel, r.status, r.attempts])).toEqual([
    ['email', 'sent', 3],
    ['push', 'sent', 2],
    ['realtime', 'sent', 1],
  ]);
  expect(mailsTo(user, /Payout failed/)).toHaveLength(1);
  expect(push.messages.filter((m) => m.subscription === sub.id)).toHaveLength(1);
});

test('a delivery that keeps failing ends as failed after the configured attempts', async () => {
  const user = await registerUser(request());
  smtp.failNext(10);
  await send(user, 'order.cancelled', { listing_title: 'Vase' });
  for (let i = 0; i < 4; i++) {
    await deliver();
    time.advance(HOUR);
  }
  smtp.failNext(0);
  const row = await app.ctx.db
    .selectFrom('notification_deliveries')
    .select(['status', 'attempts'])
    .where('user_id', '=', user.id)
    .where('channel', '=', 'email')
    .executeTakeFirstOrThrow();
  expect(row).toEqual({ status: 'failed', attempts: 4 });
});

test('a push service answering 410 Gone deletes the subscription', async () => {
  const user = await registerUser(request());
  const sub = await subscribe(user);
  push.answer(sub.id, 410);
  await send(user, 'order.refunded', { listing_title: 'Lamp', amount: { amount: 100, currency: 'EUR' } });
  await deliver();
  expect(await app.ctx.db.selectFrom('push_subscriptions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
  expect(await app.ctx.db.selectFrom('notification_deliveries').select('status').where('user_id', '=', user.id).where('channel', '=', 'push').executeTakeFirst()).toEqual({
    status: 'skipped',
  });
});

test('push subscriptions: stored sealed, idempotent per endpoint, deleted by their owner only', async () => {
  const [owner, stranger] = [await registerUser(request()), await registerUser(request())];
  const key = await request()('GET', '/v1/push/vapid-public-key');
  expect(key.body.public_key).toMatch(/^[A-Za-z0-9_-]{87}$/);
  const sub = push.subscribe();
  const first = await request()('POST', '/v1/me/push-subscriptions', { token: owner.token, body: { endpoint: sub.endpoint, keys: sub.keys } });
  const again = await request()('POST', '/v1/me/push-subscriptions', { token: owner.token, body: { endpoint: sub.endpoint, keys: sub.keys } });
  expect([first.status, again.status]).toEqual([201, 200]);
  expect(again.body.id).toBe(first.body.id);
  const stored = await app.ctx.db.selectFrom('push_subscriptions').selectAll().where('id', '=', first.body.id).executeTakeFirstOrThrow();
  expect(stored.endpoint.toString('latin1')).not.toContain('push/');
  expectProblem(await request()('DELETE', `/v1/me/push-subscriptions/${first.body.id}`, { token: stranger.token }), 404);
  expect((await request()('DELETE', `/v1/me/push-subscriptions/${first.body.id}`, { token: owner.token })).status).toBe(204);
  expectProblem(await request()('DELETE', `/v1/me/push-subscriptions/${first.body.id}`, { token: owner.token }), 404);
});

test('bad input on every route is a 4xx naming the field', async () => {
  const user = await registerUser(request());
  const sub = push.subscribe();
  const put = (body: unknown) => request()('PUT', '/v1/me/notification-preferences', { token: user.token, body });
  expectProblem(await put({ time_zone: 'Mars/Olympus' }), 400, 'time_zone');
  expectProblem(await put({ quiet_hours: { start: '25:00', end: '07:00' } }), 400, 'quiet_hours.start');
  expectProblem(await put({ quiet_hours: { start: '22:00', end: '22:00' } }), 400, 'quiet_hours.end');
  expectProblem(await put({ types: [{ type: 'order.nope', email: 'off' }] }), 400, 'types.0.type');
  expectProblem(await put({ types: [{ type: 'order.paid', email: 'weekly' }] }), 400, 'types.0.email');
  const subscribeWith = (body: unknown) => request()('POST', '/v1/me/push-subscriptions', { token: user.token, body });
  expectProblem(await subscribeWith({ endpoint: 'http://push.example.com/x', keys: sub.keys }), 422, 'endpoint');
  expectProblem(await subscribeWith({ endpoint: 'not a url', keys: sub.keys }), 400, 'endpoint');
  expectProblem(await subscribeWith({ endpoint: sub.endpoint, keys: { ...sub.keys, p256dh: sub.keys.p256dh.slice(2) } }), 400, 'keys.p256dh');
  expectProblem(await subscribeWith({ endpoint: sub.endpoint, keys: { ...sub.keys, auth: 'short' } }), 400, 'keys.auth');
  expectProblem(await subscribeWith({ endpoint: sub.endpoint, keys: { ...sub.keys, p256dh: `A${sub.keys.p256dh.slice(1)}` } }), 400, 'keys.p256dh');
  expectProblem(await request()('POST', '/v1/me/notifications/read', { token: user.token, body: { ids: ['x'] } }), 400);
  expectProblem(await request()('POST', '/v1/me/notifications/read', { token: user.token, body: { all: false } }), 400);
  expectProblem(await request()('GET', '/v1/me/notifications?unread=maybe', { token: user.token }), 400, 'query.unread');
  expectProblem(await request()('DELETE', '/v1/me/push-subscriptions/nope', { token: user.token }), 400, 'params.id');
  expectProblem(await request()('GET', '/v1/me/notification-preferences'), 401);
});

test('marking all read; another user’s ids are ignored', async () => {
  const [a, b] = [await registerUser(request()), await registerUser(request())];
  await send(a, 'order.completed', { listing_title: 'A' });
  await send(a, 'order.completed', { listing_title: 'B' });
  await send(b, 'order.completed', { listing_title: 'C' });
  const bIds = (await request()('GET', '/v1/me/notifications', { token: b.token })).body.data.map((n: { id: string }) => n.id);
  expect((await request()('POST', '/v1/me/notifications/read', { token: a.token, body: { ids: bIds } })).body).toEqual({ updated: 0, unread: 2 });
  expect((await request()('POST', '/v1/me/notifications/read', { token: a.token, body: { all: true } })).body).toEqual({ updated: 2, unread: 0 });
  expect((await request()('GET', '/v1/me/notifications/unread-count', { token: b.token })).body).toEqual({ unread: 1 });
});

test('the worker’s loop is woken by the commit (LISTEN), not by its poll', async () => {
  const user = await registerUser(request());
  const stop = listenForDeliveries(app.ctx, app.databaseUrl);
  try {
    // Let the loop run its first (empty) turn and go to sleep on a ten-minute poll.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const sent = Date.now();
    await send(user, 'order.cancelled', { listing_title: 'Woken' });
    await smtp.waitFor(user.email, /Order cancelled/, 5_000);
    expect(Date.now() - sent).toBeLessThan(5_000);
  } finally {
    await stop();
  }
});
