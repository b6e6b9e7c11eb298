import { randomBytes } from 'node:crypto';
import { MINUTE, type Request, type TestApp, client, expectProblem, makeListing, manualClock, startTestApp, SHIP_TO } from '../../test/harness';
import { type DeliveredMail, type SmtpSink, startSmtpSink } from '../../test/smtp';

// The account flows a person goes through by mail, end to end over HTTP with a real SMTP server:
// verifying the address (and the gate it lifts), resetting a forgotten password, changing password,
// email, name and language, and seeing and ending sessions.

const PASSWORD = 'correct horse battery';
const NEW_PASSWORD = 'staple grape orbit lantern';

let sink: SmtpSink;
let app: TestApp;
let request: Request;
const time = manualClock(new Date().toISOString());

beforeAll(async () => {
  sink = await startSmtpSink();
  // No session cache: a request after the clock moves must reach the session row (last seen, step-up).
  app = await startTestApp({ env: { SMTP_URL: sink.url, REQUIRE_VERIFIED_EMAIL: 'true', SESSION_CACHE_SECONDS: '0' }, clock: time.clock });
  request = client(app.url);
});
afterAll(async () => {
  await app.close();
  await sink.close();
});

const newEmail = (label = 'user') => `${label}-${randomBytes(5).toString('hex')}@example.test`;

/** The token of the link in a mail (text part). */
function tokenIn(mail: DeliveredMail): string {
  const match = /token=([A-Za-z0-9_%-]+)/.exec(mail.text);
  if (!match) throw new Error(`no link with a token in "${mail.subject}"`);
  return decodeURIComponent(match[1]!);
}

async function login(email: string, password = PASSWORD, userAgent = 'AgoraTest/1.0') {
  const res = await request('POST', '/v1/auth/login', { body: { email, password }, headers: { 'user-agent': userAgent } });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/** Registers (with `locale` when given), waits for the verification mail and signs in. */
async function signUp(opts: { locale?: 'en' | 'fr'; email?: string } = {}) {
  const email = opts.email ?? newEmail();
  const res = await request('POST', '/v1/auth/register', { body: { email, password: PASSWORD, display_name: 'Dana Mailer', ...(opts.locale ? { locale: opts.locale } : {}) } });
  expect(res.status).toBe(202);
  const verification = await sink.waitFor(email, /Confirm your email|Confirmez votre adresse/);
  const token = await login(email);
  return { email, token, verification };
}

const me = async (token: string) => request('GET', '/v1/me', { token });

describe('email verification', () => {
  test('the mailed link verifies the address and lifts the gate on listing, ordering and paying; browsing works before', async () => {
    const seller = await signUp();
    expect(seller.verification.text).toContain('/verify-email?token=');
    expect(seller.verification.html).toContain('/verify-email?token=');

    const refused = await request('POST', '/v1/listings', {
      token: seller.token,
      body: { title: 'Vintage camera', description: 'Works, with strap', price: { amount: 12_500, currency: 'EUR' }, category: 'cameras', condition: 'good' },
    });
    expectProblem(refused, 403);
    expect(refused.body.code).toBe('email_unverified');
    expect(refused.body.detail).toMatch(/verify-email/);
    expect((await request('GET', '/v1/listings', { token: seller.token })).status).toBe(200);

    const verified = await request('POST', '/v1/auth/verify-email', { body: { token: tokenIn(seller.verification) } });
    expect(verified.status).toBe(200);
    expect(verified.body).toEqual({ email: seller.email, email_verified_at: time.clock.now().toISOString() });
    expect((await me(seller.token)).body.email_verified_at).toBe(time.clock.now().toISOString());
    const listing = await makeListing(request, { id: '', email: seller.email, token: seller.token });

    // The buyer, unverified, may look but not order; verified, may order and pay.
    const buyer = await signUp();
    expect((await request('GET', `/v1/listings/${listing.id}`, { token: buyer.token })).status).toBe(200);
    expect((await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body.code).toBe('email_unverified');
    await request('POST', '/v1/auth/verify-email', { body: { token: tokenIn(buyer.verification) } });
    const order = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } });
    expect(order.status).toBe(201);
    // Paying is gated too: with the address unverified again (set in the database), the payment is refused.
    await app.ctx.db.updateTable('users').set({ email_verified_at: null }).where('email', '=', buyer.email).execute();
    const unpaid = await request('POST', `/v1/orders/${order.body.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
    expect(unpaid.body.code).toBe('email_unverified');
    expectProblem(unpaid, 403);
  });

  test('a used, an expired and an unknown token get the same 422 on `token`', async () => {
    const user = await signUp();
    const token = tokenIn(user.verification);
    expect((await request('POST', '/v1/auth/verify-email', { body: { token } })).status).toBe(200);
    const reused = await request('POST', '/v1/auth/verify-email', { body: { token } });
    expectProblem(reused, 422, 'token');
    expect(reused.body.code).toBe('invalid_token');

    const late = await signUp();
    await app.ctx.db
      .updateTable('account_tokens')
      .set({ expires_at: new Date(time.nowMs() - 1) })
      .where('email', '=', late.email)
      .execute();
    const expired = await request('POST', '/v1/auth/verify-email', { body: { token: tokenIn(late.verification) } });
    expectProblem(expired, 422, 'token');
    expect((await me(late.token)).body.email_verified_at).toBeNull();

    const unknown = await request('POST', '/v1/auth/verify-email', { body: { token: `agm_${randomBytes(32).toString('base64url')}` } });
    expectProblem(unknown, 422, 'token');
    expect([expired.body.detail, unknown.body.detail]).toEqual([reused.body.detail, reused.body.detail]);
  });

  test('re-send mails a new link and kills the old one; an already verified address gets 409', async () => {
    const user = await signUp();
    const resent = await request('POST', '/v1/auth/verify-email/resend', { token: user.token });
    expect(resent.status).toBe(202);
    await waitUntil(() => sink.to(user.email).length === 2);
    const fresh = sink.to(user.email)[1]!;
    expectProblem(await request('POST', '/v1/auth/verify-email', { body: { token: tokenIn(user.verification) } }), 422, 'token');
    expect((await request('POST', '/v1/auth/verify-email', { body: { token: tokenIn(fresh) } })).status).toBe(200);
    const again = await request('POST', '/v1/auth/verify-email/resend', { token: user.token });
    expectProblem(again, 409);
    expect(again.body.code).toBe('already_verified');
  });

  test('registering a taken address answers the same; its owner is told, and no verification is mailed', async () => {
    const owner = await signUp();
    const fresh = await request('POST', '/v1/auth/register', { body: { email: newEmail(), password: PASSWORD, display_name: 'Someone' } });
    const taken = await request('POST', '/v1/auth/register', { body: { email: owner.email, password: PASSWORD, display_name: 'Someone' } });
    expect([taken.status, taken.body]).toEqual([fresh.status, fresh.body]);
    const notice = await sink.waitFor(owner.email, /already have an Agora account/);
    expect(notice.text).toContain('/reset-password');
    expect(sink.to(owner.email).filter((m) => /Confirm your email/.test(m.subject))).toHaveLength(1);
  });
});

/** Polls a condition that a background send makes true. */
async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('password reset', () => {
  test('an unknown address gets the same 202 as a known one, and no mail', async () => {
    const user = await signUp();
    const stranger = newEmail('nobody');
    const unknown = await request('POST', '/v1/auth/password-reset', { body: { email: stranger } });
    const known = await request('POST', '/v1/auth/password-reset', { body: { email: user.email } });
    expect(unknown.status).toBe(202);
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body]);
    const mail = await sink.waitFor(user.email, /Choose a new password/);
    expect(mail.text).toContain('/reset-password?token=');
    expect(mail.text).toContain('30 minutes');
    // Sent after the known address's (the same path, in order): nothing went to the stranger.
    await request('POST', '/v1/auth/password-reset', { body: { email: user.email } });
    await waitUntil(() => sink.to(user.email).filter((m) => /Choose a new password/.test(m.subject)).length === 2);
    expect(sink.to(stranger)).toEqual([]);
  });

  test('the reset mail is in the user’s language', async () => {
    const user = await signUp({ locale: 'fr' });
    expect(user.verification.subject).toBe('Confirmez votre adresse e-mail');
    await request('POST', '/v1/auth/password-reset', { body: { email: user.email } });
    const mail = await sink.waitFor(user.email, /Choisissez un nouveau mot de passe/);
    expect(mail.text).toContain('dans les 30 minutes');
    expect(mail.html).toContain('Choisir un nouveau mot de passe');

    // A user who switches to French later gets French mail from then on.
    const other = await signUp();
    const patched = await request('PATCH', '/v1/me', { token: other.token, body: { locale: 'fr' } });
    expect(patched.body.locale).toBe('fr');
    await request('POST', '/v1/auth/password-reset', { body: { email: other.email } });
    await sink.waitFor(other.email, /Choisissez un nouveau mot de passe/);
  });

  test('confirming sets the password, signs every session out, verifies the address, lifts the lockout and alerts; the token works once', async () => {
    const user = await signUp();
    const phone = await login(user.email, PASSWORD, 'Phone');
    // Someone guessing locks the account.
    for (let i = 0; i < 5; i += 1) await request('POST', '/v1/auth/login', { body: { email: user.email, password: 'not the password at all' } });
    expect((await request('POST', '/v1/auth/login', { body: { email: user.email, password: PASSWORD } })).body.code).toBe('account_locked');

    await request('POST', '/v1/auth/password-reset', { body: { email: user.email } });
    const token = tokenIn(await sink.waitFor(user.email, /Choose a new password/));
    // A refused password leaves the link usable.
    const weak = await request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: 'password1234' } });
    expectProblem(weak, 422, 'password');
    expect(weak.body.code).toBe('weak_password');

    const done = await request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: NEW_PASSWORD }, headers: { 'user-agent': 'ResetBrowser' } });
    expect(done.status).toBe(204);
    expect((await me(user.token)).status).toBe(401);
    expect((await me(phone)).status).toBe(401);
    const alert = await sink.waitFor(user.email, /Security alert: your password was reset/);
    expect(alert.text).toContain('ResetBrowser');

    expectProblem(await request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: 'another fine long passphrase' } }), 422, 'token');
    expect((await request('POST', '/v1/auth/login', { body: { email: user.email, password: PASSWORD } })).status).toBe(401);
    const fresh = await login(user.email, NEW_PASSWORD);
    expect((await me(fresh)).body.email_verified_at).not.toBeNull();
  });

  test('a reset link expires after PASSWORD_RESET_TTL_MINUTES', async () => {
    const user = await signUp();
    await request('POST', '/v1/auth/password-reset', { body: { email: user.email } });
    const token = tokenIn(await sink.waitFor(user.email, /Choose a new password/));
    time.advance(31 * MINUTE);
    const expired = await request('POST', '/v1/auth/password-reset/confirm', { body: { token, password: NEW_PASSWORD } });
    expectProblem(expired, 422, 'token');
    expect(expired.body.code).toBe('invalid_token');
  });
});

describe('changing password, email, name', () => {
  test('a wrong current password is a 401; the right one changes it, ends the other sessions and keeps this one', async () => {
    const user = await signUp();
    const laptop = await login(user.email, PASSWORD, 'Laptop');
    const wrong = await request('POST', '/v1/me/password', { token: user.token, body: { current_password: 'nope nope nope', new_password: NEW_PASSWORD } });
    expectProblem(wrong, 401);
    expect(wrong.body.code).toBe('invalid_credentials');
    expectProblem(await request('POST', '/v1/me/password', { token: user.token, body: { current_password: PASSWORD, new_password: user.email } }), 422, 'new_password');

    const changed = await request('POST', '/v1/me/password', { token: user.token, body: { current_password: PASSWORD, new_password: NEW_PASSWORD } });
    expect(changed.status).toBe(204);
    expect((await me(user.token)).status).toBe(200);
    expect((await me(laptop)).status).toBe(401);
    await sink.waitFor(user.email, /Security alert: your password was changed/);
    await login(user.email, NEW_PASSWORD);
  });

  test('an email change needs step-up; the new address confirms, the account moves, the old address is alerted', async () => {
    const user = await signUp();
    const target = newEmail('moved');
    time.advance(11 * MINUTE);
    const stale = await request('POST', '/v1/me/email', { token: user.token, body: { email: target } });
    expectProblem(stale, 403);
    expect(stale.body.code).toBe('step_up_required');
    expect((await request('POST', '/v1/auth/step-up', { token: user.token, body: { password: PASSWORD } })).status).toBe(204);

    const asked = await request('POST', '/v1/me/email', { token: user.token, body: { email: target } });
    expect(asked.status).toBe(202);
    await sink.waitFor(user.email, /A change of your email address was requested/);
    const link = await sink.waitFor(target, /Confirm your new email address/);
    // Not moved until the new address confirms.
    expect((await me(user.token)).body.email).toBe(user.email);

    const moved = await request('POST', '/v1/auth/verify-email', { body: { token: tokenIn(link) } });
    expect(moved.status).toBe(200);
    expect(moved.body.email).toBe(target);
    expect((await me(user.token)).body.email).toBe(target);
    await sink.waitFor(user.email, /Security alert: the email address of your account was changed/);
    await login(target);
    expect((await request('POST', '/v1/auth/login', { body: { email: user.email, password: PASSWORD } })).status).toBe(401);
  });

  test('asking for an address that has an account answers the same and mails it nothing; one taken meanwhile is a 409 at confirmation', async () => {
    const user = await signUp();
    const other = await signUp();
    const free = await request('POST', '/v1/me/email', { token: user.token, body: { email: newEmail('free') } });
    const taken = await request('POST', '/v1/me/email', { token: user.token, body: { email: other.email } });
    expect([taken.status, taken.body]).toEqual([free.status, free.body]);
    await waitUntil(() => sink.to(user.email).filter((m) => /change of your email/.test(m.subject)).length === 2);
    expect(sink.to(other.email).map((m) => m.subject)).toEqual(['Confirm your email address']);

    const later = newEmail('later');
    await request('POST', '/v1/me/email', { token: user.token, body: { email: later } });
    const link = await sink.waitFor(later, /Confirm your new email address/);
    await signUp({ email: later });
    const conflict = await request('POST', '/v1/auth/verify-email', { body: { token: tokenIn(link) } });
    expectProblem(conflict, 409);
    expect(conflict.body.code).toBe('email_taken');
    expect((await me(user.token)).body.email).toBe(user.email);
  });

  test('PATCH /v1/me changes the display name and language; an empty or unknown change is refused', async () => {
    const user = await signUp();
    const res = await request('PATCH', '/v1/me', { token: user.token, body: { display_name: '  Dana M.  ', locale: 'fr' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ email: user.email, display_name: 'Dana M.', locale: 'fr', permissions: [] });
    expect((await me(user.token)).body).toEqual(res.body);
    expectProblem(await request('PATCH', '/v1/me', { token: user.token, body: {} }), 400);
    expectProblem(await request('PATCH', '/v1/me', { token: user.token, body: { email: newEmail() } }), 400, 'email');
    expectProblem(await request('PATCH', '/v1/me', { token: user.token, body: { locale: 'de' } }), 400, 'locale');
  });
});

describe('sessions', () => {
  test('the list shows device, network, when last seen and which is current; one can be signed out, not someone else’s', async () => {
    const user = await signUp();
    const tablet = await login(user.email, PASSWORD, 'Tablet/2.0');
    const listed = await request('GET', '/v1/me/sessions', { token: user.token });
    expect(listed.status).toBe(200);
    expect(listed.body.data).toHaveLength(2);
    const current = listed.body.data.find((s: any) => s.current);
    const other = listed.body.data.find((s: any) => !s.current);
    expect(current).toMatchObject({ device: 'AgoraTest/1.0', network: '127.0.0.0/24', kind: 'app' });
    expect(other).toMatchObject({ device: 'Tablet/2.0', network: '127.0.0.0/24', kind: 'app', current: false });

    // Using a session moves its last-seen time, at most once a minute.
    time.advance(2 * MINUTE);
    await me(tablet);
    const seen = (await request('GET', '/v1/me/sessions', { token: user.token })).body.data.find((s: any) => s.id === other.id);
    expect(seen.last_seen_at).toBe(time.clock.now().toISOString());

    const stranger = await signUp();
    expectProblem(await request('DELETE', `/v1/me/sessions/${other.id}`, { token: stranger.token }), 404);
    expect((await me(tablet)).status).toBe(200);
    expectProblem(await request('DELETE', '/v1/me/sessions/00000000-0000-4000-8000-000000000000', { token: user.token }), 404);

    expect((await request('DELETE', `/v1/me/sessions/${other.id}`, { token: user.token })).status).toBe(204);
    expect((await me(tablet)).status).toBe(401);
    expectProblem(await request('DELETE', `/v1/me/sessions/${other.id}`, { token: user.token }), 404);
    expect((await request('GET', '/v1/me/sessions', { token: user.token })).body.data.map((s: any) => s.id)).toEqual([current.id]);

    // Its own session too.
    expect((await request('DELETE', `/v1/me/sessions/${current.id}`, { token: user.token })).status).toBe(204);
    expect((await me(user.token)).status).toBe(401);
  });

  test('sign out everywhere ends every session, alerts, and is in the security history', async () => {
    const user = await signUp();
    const second = await login(user.email, PASSWORD, 'Second');
    const res = await request('DELETE', '/v1/me/sessions', { token: user.token, headers: { 'user-agent': 'Everywhere/1.0' } });
    expect(res.status).toBe(204);
    expect((await me(user.token)).status).toBe(401);
    expect((await me(second)).status).toBe(401);
    await sink.waitFor(user.email, /Security alert: every session of your account was signed out/);

    const again = await login(user.email);
    const history = await request('GET', '/v1/me/security-events', { token: again });
    expect(history.status).toBe(200);
    // The second device's sign-in is an event too (at the same instant on this test's clock, so in no set order).
    expect(history.body.data.map((e: { kind: string }) => e.kind).sort()).toEqual(['login_new_device', 'signed_out_everywhere']);
    expect(history.body.data.find((e: { kind: string }) => e.kind === 'signed_out_everywhere')).toMatchObject({ device: 'Everywhere/1.0', network: '127.0.0.0/24' });
    const stranger = await signUp();
    expect((await request('GET', '/v1/me/security-events', { token: stranger.token })).body.data).toEqual([]);
  });
});

describe('mail budget', () => {
  let limited: TestApp;
  let ask: Request;
  beforeAll(async () => {
    limited = await startTestApp({ env: { SMTP_URL: sink.url, RATE_LIMIT_MAIL_PER_HOUR: '2' } });
    ask = client(limited.url);
  });
  afterAll(() => limited.close());

  test('resets for one address past RATE_LIMIT_MAIL_PER_HOUR are refused with 429, known address or not', async () => {
    const email = newEmail('budget');
    for (let i = 0; i < 2; i += 1) expect((await ask('POST', '/v1/auth/password-reset', { body: { email } })).status).toBe(202);
    const refused = await ask('POST', '/v1/auth/password-reset', { body: { email } });
    expectProblem(refused, 429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    // Another address has its own budget.
    expect((await ask('POST', '/v1/auth/password-reset', { body: { email: newEmail('budget') } })).status).toBe(202);
  });
});
