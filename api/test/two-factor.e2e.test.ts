import { generate } from 'otplib';
import { MINUTE, type Request, type TestApp, client, expectProblem, makeStaff, manualClock, registerUser, startTestApp } from '../../test/harness';
import { connectRealtime } from '../../test/realtime-client';
import { type SmtpSink, startSmtpSink } from '../../test/smtp';

// TOTP two-factor over HTTP against a real Postgres and a real SMTP sink, on a manual clock so each
// code's 30-second step is known: enrol, confirm, the two-step sign-in, replays, recovery codes,
// step-up with a code, turning it off, staff enrolment, and the new-device alert.

const PASSWORD = 'correct horse battery';
const time = manualClock('2026-12-07T10:00:00Z');
let test: TestApp;
let request: Request;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
  test = await startTestApp({ clock: time.clock, env: { SMTP_URL: sink.url, LOGIN_LOCKOUT_THRESHOLD: '8' } });
  request = client(test.url);
});
afterAll(async () => {
  await test.close();
  await sink.close();
});

const codeNow = (secret: string, offsetSteps = 0) => generate({ secret, epoch: Math.floor(time.nowMs() / 1000) + offsetSteps * 30 });
const nextStep = () => time.advance(30_000);

/** Enrols and confirms TOTP for a fresh session (stepped up at login); the secret and the recovery codes. */
async function enableTotp(token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const enrol = await request('POST', '/v1/me/2fa/totp', { token });
  expect(enrol.status).toBe(201);
  const confirm = await request('POST', '/v1/me/2fa/totp/confirm', { token, body: { code: await codeNow(enrol.body.secret) } });
  expect(confirm.status).toBe(200);
  return { secret: enrol.body.secret, recoveryCodes: confirm.body.recovery_codes };
}

async function challengeFor(email: string, path = '/v1/auth/login'): Promise<string> {
  const res = await request('POST', path, { body: { email, password: PASSWORD } });
  expect(res.status).toBe(202);
  return res.body.challenge;
}

describe('two-factor', () => {
  it('enrols with a QR code, keeps the secret sealed, and confirms with a code into ten recovery codes', async () => {
    const user = await registerUser(request);
    expect((await request('GET', '/v1/me/2fa', { token: user.token })).body).toEqual({ totp_enabled: false, recovery_codes_left: 0 });

    const first = await request('POST', '/v1/me/2fa/totp', { token: user.token });
    expect(first.status).toBe(201);
    expect(first.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.body.otpauth_uri).toBe(`otpauth://totp/Agora:${encodeURIComponent(user.email)}?secret=${first.body.secret}&issuer=Agora`);
    expect(first.body.qr_data_url).toMatch(/^data:image\/png;base64,/);
    // Enrolling again while pending replaces the secret: a code from the first one no longer confirms.
    const second = await request('POST', '/v1/me/2fa/totp', { token: user.token });
    expect(second.body.secret).not.toBe(first.body.secret);
    expectProblem(await request('POST', '/v1/me/2fa/totp/confirm', { token: user.token, body: { code: await codeNow(first.body.secret) } }), 422, 'code');

    const row = await test.ctx.db.selectFrom('totp_credentials').selectAll().where('user_id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.confirmed_at).toBeNull();
    expect(row.secret_enc.toString('utf8')).not.toContain(second.body.secret);
    expect(row.secret_enc.toString('base64')).not.toContain(second.body.secret);
    expect(row.secret_enc.includes(Buffer.from(second.body.secret))).toBe(false);

    const confirm = await request('POST', '/v1/me/2fa/totp/confirm', { token: user.token, body: { code: await codeNow(second.body.secret) } });
    expect(confirm.status).toBe(200);
    expect(confirm.body.recovery_codes).toHaveLength(10);
    expect(new Set(confirm.body.recovery_codes).size).toBe(10);
    const stored = await test.ctx.db.selectFrom('recovery_codes').select('code_hash').where('user_id', '=', user.id).execute();
    expect(stored.some((r) => r.code_hash.toString('utf8').includes(confirm.body.recovery_codes[0]))).toBe(false);
    expect((await request('GET', '/v1/me/2fa', { token: user.token })).body).toEqual({ totp_enabled: true, recovery_codes_left: 10 });
    await sink.waitFor(user.email, /two-step verification was turned on/);

    expectProblem(await request('POST', '/v1/me/2fa/totp', { token: user.token }), 409);
    const events = await test.ctx.db.selectFrom('security_events').select('kind').where('user_id', '=', user.id).execute();
    expect(events.map((e) => e.kind)).toContain('two_factor_enabled');
  });

  it('enrolling needs a recent step-up', async () => {
    const user = await registerUser(request);
    time.advance(11 * MINUTE);
    const res = await request('POST', '/v1/me/2fa/totp', { token: user.token });
    expectProblem(res, 403);
    expect(res.body.code).toBe('step_up_required');
    expect((await request('POST', '/v1/auth/step-up', { token: user.token, body: { password: PASSWORD } })).status).toBe(204);
    expect((await request('POST', '/v1/me/2fa/totp', { token: user.token })).status).toBe(201);
  });

  it('signs in in two steps: a wrong code counts toward the lockout, a right one opens a stepped-up session, a replayed one is refused', async () => {
    const user = await registerUser(request);
    const { secret } = await enableTotp(user.token);
    nextStep();

    const login = await request('POST', '/v1/auth/login', { body: { email: user.email, password: PASSWORD } });
    expect(login.status).toBe(202);
    expect(login.body).toMatchObject({ two_factor_required: true, methods: ['totp', 'recovery_code'] });
    expect(login.body.token).toBeUndefined();
    expect(Date.parse(login.body.expires_at) - time.nowMs()).toBe(5 * MINUTE);

    const wrong = await request('POST', '/v1/auth/login/2fa', { body: { challenge: login.body.challenge, code: '000000' === (await codeNow(secret)) ? '111111' : '000000' } });
    expectProblem(wrong, 422, 'code');
    expect(wrong.body.code).toBe('invalid_code');

    const code = await codeNow(secret);
    const ok = await request('POST', '/v1/auth/login/2fa', { body: { challenge: login.body.challenge, code } });
    expect(ok.status).toBe(200);
    expect(ok.body.user.id).toBe(user.id);
    // The session proved the second factor: a sensitive change needs no further step-up.
    expect((await request('POST', '/v1/me/2fa/recovery-codes', { token: ok.body.token, body: { code: await codeNow(secret, 1) } })).status).toBe(200);

    // The challenge is spent, and the same code on a new challenge is a replay.
    expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge: login.body.challenge, code } }), 401);
    const again = await challengeFor(user.email);
    expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge: again, code } }), 422, 'code');
    // An app challenge does not open a console session.
    expectProblem(await request('POST', '/v1/auth/console-session/2fa', { body: { challenge: again, code: await codeNow(secret, 2) } }), 401);
  });

  it('wrong codes lock the account like wrong passwords, and a challenge dies after five', async () => {
    const user = await registerUser(request);
    const { secret } = await enableTotp(user.token);
    const wrongCode = async () => {
      const right = await codeNow(secret);
      return ['000000', '111111'].find((c) => c !== right)!;
    };
    const challenge = await challengeFor(user.email);
    for (let i = 0; i < 5; i++) expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge, code: await wrongCode() } }), 422, 'code');
    // Dead after five wrong codes, even with the right one.
    expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge, code: await codeNow(secret, 1) } }), 401);

    // The account counted them: three more failures (threshold 8) lock it, and the lock holds for the right password too.
    const next = await challengeFor(user.email);
    expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge: next, code: await wrongCode() } }), 422);
    expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge: next, code: await wrongCode() } }), 422);
    const locked = await request('POST', '/v1/auth/login/2fa', { body: { challenge: next, code: await wrongCode() } });
    expectProblem(locked, 429);
    expect(locked.body.code).toBe('account_locked');
    const refused = await request('POST', '/v1/auth/login', { body: { email: user.email, password: PASSWORD } });
    expect(refused.status).toBe(429);
    time.advance(2 * MINUTE);
  });

  it('takes a recovery code once, and no code at all after the challenge expires', async () => {
    const user = await registerUser(request);
    const { secret, recoveryCodes } = await enableTotp(user.token);
    const challenge = await challengeFor(user.email);
    // Typed in capitals and without dashes, it is the same code.
    const typed = recoveryCodes[0]!.replace(/-/g, '').toUpperCase();
    const ok = await request('POST', '/v1/auth/login/2fa', { body: { challenge, recovery_code: typed } });
    expect(ok.status).toBe(200);
    expect((await request('GET', '/v1/me/2fa', { token: ok.body.token })).body.recovery_codes_left).toBe(9);
    expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge: await challengeFor(user.email), recovery_code: recoveryCodes[0] } }), 422, 'recovery_code');

    const late = await challengeFor(user.email);
    time.advance(5 * MINUTE + 1000);
    expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge: late, code: await codeNow(secret) } }), 401);
  });

  it('steps up with a code, not the password, once two-step verification is on; turning it off needs a code', async () => {
    const user = await registerUser(request);
    const { secret, recoveryCodes } = await enableTotp(user.token);
    time.advance(11 * MINUTE);
    const withPassword = await request('POST', '/v1/auth/step-up', { token: user.token, body: { password: PASSWORD } });
    expectProblem(withPassword, 403);
    expect(withPassword.body.code).toBe('second_factor_required');
    expectProblem(await request('POST', '/v1/auth/step-up', { token: user.token, body: { code: '12345' } }), 400, 'code');
    expectProblem(await request('POST', '/v1/auth/step-up', { token: user.token, body: { password: PASSWORD, code: '123456' } }), 400);

    // Payouts and payout details need the step-up.
    const details = { account_holder: 'Ada Lovelace', iban: 'DE89370400440532013000' };
    expect((await request('PUT', '/v1/me/payout-details', { token: user.token, body: details })).body.code).toBe('step_up_required');
    expect((await request('POST', '/v1/me/payout-schedule', { token: user.token, body: { interval: 'daily' } })).body.code).toBe('step_up_required');
    expect(
      (await request('POST', '/v1/me/payouts', { token: user.token, headers: { 'Idempotency-Key': 'k1' }, body: { amount: { amount: 10000, currency: 'EUR' } } })).body.code,
    ).toBe('step_up_required');
    expect((await request('DELETE', '/v1/me/2fa/totp', { token: user.token, body: { code: await codeNow(secret) } })).body.code).toBe('step_up_required');

    expect((await request('POST', '/v1/auth/step-up', { token: user.token, body: { code: await codeNow(secret) } })).status).toBe(204);
    expect((await request('PUT', '/v1/me/payout-details', { token: user.token, body: details })).status).toBe(200);
    expect((await request('POST', '/v1/me/payout-schedule', { token: user.token, body: { interval: 'daily' } })).status).toBe(200);

    expectProblem(
      await request('DELETE', '/v1/me/2fa/totp', { token: user.token, body: { code: recoveryCodes[1]!.replace(/[a-z]/, (c) => (c === 'a' ? 'b' : 'a')) } }),
      422,
      'code',
    );
    expect((await request('DELETE', '/v1/me/2fa/totp', { token: user.token, body: { code: recoveryCodes[1] } })).status).toBe(204);
    await sink.waitFor(user.email, /two-step verification was turned off/);
    expect((await request('GET', '/v1/me/2fa', { token: user.token })).body).toEqual({ totp_enabled: false, recovery_codes_left: 0 });
    // Off again: the password alone signs in and steps up.
    expect((await request('POST', '/v1/auth/login', { body: { email: user.email, password: PASSWORD } })).status).toBe(200);
    expect((await request('POST', '/v1/auth/step-up', { token: user.token, body: { password: PASSWORD } })).status).toBe(204);
    expectProblem(await request('POST', '/v1/auth/step-up', { token: user.token, body: { code: '123456' } }), 409);
  });

  it('regenerating recovery codes voids the old ones', async () => {
    const user = await registerUser(request);
    const { secret, recoveryCodes } = await enableTotp(user.token);
    nextStep();
    expectProblem(await request('POST', '/v1/me/2fa/recovery-codes', { token: user.token, body: { code: recoveryCodes[0] } }), 400, 'code');
    const fresh = await request('POST', '/v1/me/2fa/recovery-codes', { token: user.token, body: { code: await codeNow(secret) } });
    expect(fresh.status).toBe(200);
    expect(fresh.body.recovery_codes).toHaveLength(10);
    await sink.waitFor(user.email, /recovery codes/i);
    expectProblem(await request('POST', '/v1/auth/login/2fa', { body: { challenge: await challengeFor(user.email), recovery_code: recoveryCodes[0] } }), 422);
    expect((await request('POST', '/v1/auth/login/2fa', { body: { challenge: await challengeFor(user.email), recovery_code: fresh.body.recovery_codes[0] } })).status).toBe(200);
  });

  it('alerts on a sign-in from a new device, not on the first sign-in nor from a known one', async () => {
    const email = `newdevice-${Date.now()}@example.test`;
    await registerUser(request, { email, deviceId: 'phone-1' });
    await registerUser(request, { email: `other-${Date.now()}@example.test` });
    const kinds = async () =>
      (await test.ctx.db.selectFrom('security_events').innerJoin('users', 'users.id', 'security_events.user_id').select('kind').where('users.email', '=', email).execute()).map(
        (e) => e.kind,
      );
    // registerUser signed in once already (the first ever): no alert.
    expect(await kinds()).toEqual([]);
    expect((await request('POST', '/v1/auth/login', { headers: { 'X-Device-Id': 'phone-1' }, body: { email, password: PASSWORD } })).status).toBe(200);
    expect((await request('POST', '/v1/auth/login', { body: { email, password: PASSWORD } })).status).toBe(200);
    expect(await kinds()).toEqual([]);
    expect((await request('POST', '/v1/auth/login', { headers: { 'X-Device-Id': 'laptop-7' }, body: { email, password: PASSWORD } })).status).toBe(200);
    expect((await request('POST', '/v1/auth/login', { headers: { 'User-Agent': 'Firefox/133' }, body: { email, password: PASSWORD } })).status).toBe(200);
    expect(await kinds()).toEqual(['login_new_device', 'login_new_device']);
    // Each alert is sent before its sign-in answers; the sink may still be parsing the last one.
    await sink.waitFor(email, /new device/);
    const alerts = () => sink.to(email).filter((m) => /new device/.test(m.subject));
    for (let i = 0; i < 100 && alerts().length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(alerts()).toHaveLength(2);
    expect(alerts()[1]!.text).toContain('Device: Firefox/133; network: 127.0.0.0/24');
  });

  describe('staff enrolment', () => {
    let strict: TestApp;
    let strictRequest: Request;
    beforeAll(async () => {
      strict = await startTestApp({ clock: time.clock, env: { STAFF_REQUIRE_2FA: 'true' } });
      strictRequest = client(strict.url);
    });
    afterAll(() => strict.close());

    it('refuses staff routes to staff without two-step verification, but lets them enrol', async () => {
      const staff = await makeStaff(strict, ['admin']);
      const refused = await strictRequest('GET', '/v1/admin/users', { token: staff.token });
      expectProblem(refused, 403);
      expect(refused.body.code).toBe('two_factor_enrolment_required');
      expect((await strictRequest('GET', '/v1/me', { token: staff.token })).status).toBe(200);
      // The live queues answer to the same rule as the queue routes.
      const socket = await connectRealtime(strict.url, { token: staff.token });
      socket.send({ type: 'subscribe', topic: 'staff:reports', ref: 'before' });
      expect(await socket.next((f) => f.ref === 'before')).toMatchObject({ type: 'error', code: 'topic_not_found' });

      const enrol = await strictRequest('POST', '/v1/me/2fa/totp', { token: staff.token });
      expect(enrol.status).toBe(201);
      expect((await strictRequest('POST', '/v1/me/2fa/totp/confirm', { token: staff.token, body: { code: await codeNow(enrol.body.secret) } })).status).toBe(200);
      expect((await strictRequest('GET', '/v1/admin/users', { token: staff.token })).status).toBe(200);
      socket.send({ type: 'subscribe', topic: 'staff:reports', ref: 'after' });
      expect(await socket.next((f) => f.ref === 'after')).toMatchObject({ type: 'subscribed', topic: 'staff:reports' });
      socket.close();

      // The console's sign-in is two steps too, and sets the cookies at the second.
      nextStep();
      const first = await strictRequest('POST', '/v1/auth/console-session', { body: { email: staff.email, password: PASSWORD } });
      expect(first.status).toBe(202);
      expect(first.headers.get('set-cookie')).toBeNull();
      const second = await strictRequest('POST', '/v1/auth/console-session/2fa', { body: { challenge: first.body.challenge, code: await codeNow(enrol.body.secret) } });
      expect(second.status).toBe(200);
      expect(second.headers.get('set-cookie')).toContain('agora_session');
      expect(second.body.token).toBeUndefined();
    });

    it('never refuses a non-staff user for lacking two-step verification', async () => {
      const user = await registerUser(strictRequest);
      expect((await strictRequest('GET', '/v1/me/2fa', { token: user.token })).status).toBe(200);
      expect((await strictRequest('GET', '/v1/admin/users', { token: user.token })).body.code).toBe('forbidden');
    });
  });
});

describe('code guesses', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ env: { RATE_LIMIT_CODE_IP_PER_MINUTE: '3' } });
  });
  afterAll(() => limited.close());

  it('are rate-limited per address, whatever the challenge', async () => {
    const guess = client(limited.url);
    // Made-up challenges: each a fresh guess, all from one address.
    const challenge = (i: number) => `agt_${'A'.repeat(42)}${i}`;
    for (let i = 0; i < 3; i++) expectProblem(await guess('POST', '/v1/auth/login/2fa', { body: { challenge: challenge(i), code: '123456' } }), 401);
    const refused = await guess('POST', '/v1/auth/login/2fa', { body: { challenge: challenge(3), code: '123456' } });
    expectProblem(refused, 429);
    expect(refused.headers.get('retry-after')).not.toBeNull();
  });
});
