import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { generate } from 'otplib';
import { createApp } from '../src/app';
import { inTransaction } from '../src/db/transaction';
import { eraseOidcIdentities } from '../src/modules/marketplace/oidc';
import { type Request, type TestContext, client, createTestContext, expectProblem, manualClock, registerUser, startTestApp } from '../../test/harness';
import { type SmtpSink, startSmtpSink } from '../../test/smtp';

// Sign-in with OpenID Connect against a real provider (oidc-provider, in a child process: it is ESM-only),
// driven as a browser would: redirects followed by hand, cookies kept, the provider's login and consent
// forms posted. The provider's login name is its account: `verified:<email>` or `unverified:<email>`.
const APP_URL = 'http://app.example.test/account';
const CLIENT = { id: 'agora-test', secret: randomBytes(16).toString('hex') };
const MINUTE = 60_000;

let server: Server;
let provider: ChildProcess;
let sink: SmtpSink;
let test: TestContext;
let apiUrl: string;
let request: Request;
const time = manualClock(new Date().toISOString());

/** Starts the provider, which prints its issuer once listening. */
async function startProvider(redirectUri: string): Promise<string> {
  provider = spawn(process.execPath, [path.resolve(__dirname, '../../test/oidc-provider/provider.mjs')], {
    env: { ...process.env, CLIENT_ID: CLIENT.id, CLIENT_SECRET: CLIENT.secret, REDIRECT_URI: redirectUri },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const lines = createInterface({ input: provider.stdout! });
  const [issuer] = (await Promise.race([
    new Promise((resolve) => lines.once('line', (line) => resolve([line]))),
    new Promise((_, reject) => provider.once('exit', (code) => reject(new Error(`the OpenID provider exited (${code})`)))),
  ])) as [string];
  return issuer;
}

beforeAll(async () => {
  // The provider must know the callback URL, which holds the API's port: bind the port first, attach the app once its config knows it.
  server = createServer();
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const issuer = await startProvider(`${apiUrl}/v1/auth/oidc/local/callback`);
  sink = await startSmtpSink();
  test = await createTestContext({
    clock: time.clock,
    env: {
      API_URL: apiUrl,
      APP_URL,
      SMTP_URL: sink.url,
      OIDC_PROVIDERS: JSON.stringify([{ id: 'local', issuer, client_id: CLIENT.id, client_secret: CLIENT.secret, name: 'Local provider' }]),
    },
  });
  server.on('request', createApp(test.ctx));
  request = client(apiUrl);
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  provider.kill();
  await sink.close();
  await test.close();
});

/** GET without following redirects, with the API's cookie when the browser holds one. */
const visit = (url: string, cookie?: string) => fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });

/** A browser at the provider: its own cookie jar, so each sign-in starts logged out there. */
async function approveAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const cookies = new Map<string, string>();
  const send = async (url: string, form?: Record<string, string>) => {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const set of res.headers.getSetCookie()) {
      const [pair = ''] = set.split(';');
      const at = pair.indexOf('=');
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return res;
  };
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(`${apiUrl}/`)) return url;
    const res = await send(url);
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).toString();
      continue;
    }
    const html = await res.text();
    expect(res.status).toBe(200);
    const action = new URL(/<form[^>]* action="([^"]+)"/.exec(html)![1]!, url).toString();
    const prompt = /name="prompt" value="(\w+)"/.exec(html)![1]!;
    const answer = await send(action, prompt === 'login' ? { prompt, login, password: 'any' } : { prompt });
    url = new URL(answer.headers.get('location')!, action).toString();
  }
  throw new Error(`the provider never sent the browser back to the API (last at ${url})`);
}

/** Starts a sign-in at the API: the provider's URL, and the cookie binding the attempt to this browser. */
async function startSignIn(returnTo?: string): Promise<{ authorizationUrl: string; cookie: string }> {
  const start = await visit(`${apiUrl}/v1/auth/oidc/local/start${returnTo ? `?return_to=${encodeURIComponent(returnTo)}` : ''}`);
  expect(start.status).toBe(302);
  const [cookie = ''] = start.headers.getSetCookie()[0]!.split(';');
  return { authorizationUrl: start.headers.get('location')!, cookie };
}

/** Starts a sign-in and approves it at the provider: the callback URL the browser was sent to, and the browser's cookie. */
async function providerCallback(login: string, returnTo?: string): Promise<{ url: string; cookie: string }> {
  const { authorizationUrl, cookie } = await startSignIn(returnTo);
  return { url: await approveAtProvider(authorizationUrl, login), cookie };
}

/** Back at the API's callback, in the browser that started. */
const callBack = async (login: string, returnTo?: string) => {
  const { url, cookie } = await providerCallback(login, returnTo);
  return visit(url, cookie);
};

/** The whole browser sign-in, then the app's exchange of the login code for a session. */
async function signInWithProvider(login: string): Promise<{ user: { id: string; email: string; email_verified_at: string | null }; token: string }> {
  const back = await callBack(login);
  expect(back.status).toBe(302);
  const code = new URL(back.headers.get('location')!).searchParams.get('login_code')!;
  const session = await request('POST', '/v1/auth/oidc/exchange', { body: { login_code: code } });
  expect(session.status).toBe(200);
  return session.body;
}

const newEmail = (name: string) => `${name}-${randomBytes(4).toString('hex')}@example.test`;
const asProblem = async (res: globalThis.Response) => ({ status: res.status, headers: res.headers, body: (await res.json()) as { code: string } });

describe('sign-in with an OpenID provider', () => {
  it('lists the configured providers and refuses an unknown one', async () => {
    const res = await request('GET', '/v1/auth/oidc/providers');
    expect(res.body).toEqual({ providers: [{ id: 'local', name: 'Local provider' }] });
    expectProblem(await asProblem(await visit(`${apiUrl}/v1/auth/oidc/nowhere/start`)), 404);
  });

  it('sends the browser to the provider with PKCE (S256), a state and a nonce', async () => {
    const start = await visit(`${apiUrl}/v1/auth/oidc/local/start`);
    expect(start.headers.get('set-cookie')).toMatch(/^agora_oidc_browser=[\w-]{43}; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax$/);
    const to = new URL(start.headers.get('location')!);
    expect(to.searchParams.get('code_challenge_method')).toBe('S256');
    expect(to.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(to.searchParams.get('state')).toBeTruthy();
    expect(to.searchParams.get('nonce')).toBeTruthy();
    expect(to.searchParams.get('redirect_uri')).toBe(`${apiUrl}/v1/auth/oidc/local/callback`);
  });

  it('refuses to send the browser back anywhere but the app (no open redirect)', async () => {
    for (const elsewhere of ['https://evil.example/account', 'http://app.example.test.evil.example/account', 'http://app.example.test/other', '/relative']) {
      const res = await visit(`${apiUrl}/v1/auth/oidc/local/start?return_to=${encodeURIComponent(elsewhere)}`);
      expectProblem(await asProblem(res), 422, 'return_to');
    }
  });

  it('opens a verified account for a new identity whose email the provider verified, and signs the same account in the next time', async () => {
    const email = newEmail('alice');
    const back = await callBack(`verified:${email}`, `${APP_URL}/welcome?tab=1`);
    expect(back.status).toBe(302);
    const location = new URL(back.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${APP_URL}/welcome`);
    expect(location.searchParams.get('tab')).toBe('1');
    // Only a short-lived code travels in the URL, never a session token.
    expect([...location.searchParams.keys()].sort()).toEqual(['login_code', 'tab']);
    const code = location.searchParams.get('login_code')!;

    const session = await request('POST', '/v1/auth/oidc/exchange', { body: { login_code: code } });
    expect(session.status).toBe(200);
    expect(session.body.user).toMatchObject({ email, email_verified_at: expect.any(String) });
    const me = await request('GET', '/v1/me', { token: session.body.token });
    expect(me.body.id).toBe(session.body.user.id);
    const linked = await request('GET', '/v1/me/oidc', { token: session.body.token });
    expect(linked.body.identities).toEqual([{ provider: 'local', email, linked_at: expect.any(String) }]);

    // A login code works once.
    expectProblem(await request('POST', '/v1/auth/oidc/exchange', { body: { login_code: code } }), 422, 'login_code');
    // The account has no password anyone could guess.
    expect((await request('POST', '/v1/auth/login', { body: { email, password: 'correct horse battery' } })).status).toBe(401);

    const again = await signInWithProvider(`verified:${email}`);
    expect(again.user.id).toBe(session.body.user.id);
  });

  it('is only the first factor: an account with two-step verification still owes a code', async () => {
    const login = `verified:${newEmail('two-step')}`;
    const { token } = await signInWithProvider(login);
    const enrol = await request('POST', '/v1/me/2fa/totp', { token });
    expect(enrol.status).toBe(201);
    const code = (offsetSteps: number) => generate({ secret: enrol.body.secret, epoch: Math.floor(time.nowMs() / 1000) + offsetSteps * 30 });
    expect((await request('POST', '/v1/me/2fa/totp/confirm', { token, body: { code: await code(0) } })).status).toBe(200);

    const back = await callBack(login);
    const exchanged = await request('POST', '/v1/auth/oidc/exchange', { body: { login_code: new URL(back.headers.get('location')!).searchParams.get('login_code') } });
    expect(exchanged.status).toBe(202);
    expect(exchanged.body).toMatchObject({ two_factor_required: true, challenge: expect.any(String) });
    expect(exchanged.body).not.toHaveProperty('token');
    time.advance(MINUTE);
    const second = await request('POST', '/v1/auth/login/2fa', { body: { challenge: exchanged.body.challenge, code: await code(0) } });
    expect(second.status).toBe(200);
    expect(second.body.token).toEqual(expect.any(String));
  });

  it('refuses a wrong state, another browser, a replayed callback and a replayed provider code', async () => {
    const { url, cookie } = await providerCallback(`verified:${newEmail('bob')}`);
    const callback = new URL(url);
    const forged = new URL(callback);
    forged.searchParams.set('state', randomBytes(32).toString('base64url'));
    expectProblem(await asProblem(await visit(forged.toString(), cookie)), 422, 'state');
    const noState = new URL(callback);
    noState.searchParams.delete('state');
    expectProblem(await asProblem(await visit(noState.toString(), cookie)), 422, 'state');
    // The callback link sent to someone else (login CSRF): their browser lacks the cookie, or has its own.
    expectProblem(await asProblem(await visit(callback.toString())), 422, 'state');
    expectProblem(await asProblem(await visit(callback.toString(), (await startSignIn()).cookie)), 422, 'state');

    // The right one still works, once.
    expect((await visit(callback.toString(), cookie)).status).toBe(302);
    expectProblem(await asProblem(await visit(callback.toString(), cookie)), 422, 'state');

    // The spent code under a fresh, valid state: the provider refuses it (used, and not this flow's PKCE verifier).
    const fresh = await startSignIn();
    const replay = new URL(callback);
    replay.searchParams.set('state', new URL(fresh.authorizationUrl).searchParams.get('state')!);
    const refused = await asProblem(await visit(replay.toString(), fresh.cookie));
    expectProblem(refused, 422);
    expect(refused.body.code).toBe('provider_response_rejected');
  });

  it('lets a sign-in attempt and a login code expire', async () => {
    const { url, cookie } = await providerCallback(`verified:${newEmail('slow')}`);
    time.advance(11 * MINUTE);
    expectProblem(await asProblem(await visit(url, cookie)), 422, 'state');

    const back = await callBack(`verified:${newEmail('late')}`);
    const code = new URL(back.headers.get('location')!).searchParams.get('login_code')!;
    time.advance(61_000);
    expectProblem(await request('POST', '/v1/auth/oidc/exchange', { body: { login_code: code } }), 422, 'login_code');
  });

  it('never lets an unverified provider email take over the account that has it', async () => {
    const victim = await registerUser(request, { email: newEmail('victim') });
    const res = await asProblem(await callBack(`unverified:${victim.email}`));
    expectProblem(res, 403);
    expect(res.body.code).toBe('provider_email_unverified');
    expect((await request('GET', '/v1/me/oidc', { token: victim.token })).body.identities).toEqual([]);
  });

  it('asks the owner of an account with the verified email to sign in and link, never linking by itself', async () => {
    const owner = await registerUser(request, { email: newEmail('owner') });
    // Whatever the case the provider spells it in.
    const res = await asProblem(await callBack(`verified:${owner.email.toUpperCase()}`));
    expectProblem(res, 409);
    expect(res.body.code).toBe('link_required');
    expect((await request('GET', '/v1/me/oidc', { token: owner.token })).body.identities).toEqual([]);
  });
});

describe('linking and unlinking a provider', () => {
  it('links after step-up, signs in to the linked account, alerts the owner, and unlinks after step-up', async () => {
    const password = 'correct horse battery';
    const owner = await registerUser(request, { email: newEmail('linker'), password });
    const login = `verified:${newEmail('linker-elsewhere')}`;

    // Signed in more than STEP_UP_MINUTES ago: prove it is you first.
    time.advance(11 * MINUTE);
    const refused = await request('POST', '/v1/me/oidc/local/link', { token: owner.token, body: {} });
    expectProblem(refused, 403);
    expect(refused.body.code).toBe('step_up_required');
    expect((await request('POST', '/v1/auth/step-up', { token: owner.token, body: { password } })).status).toBe(204);

    expectProblem(await request('POST', '/v1/me/oidc/local/link', { token: owner.token, body: { return_to: 'https://evil.example/' } }), 422, 'return_to');
    const started = await request('POST', '/v1/me/oidc/local/link', { token: owner.token, body: { return_to: `${APP_URL}/settings` } });
    expect(started.status).toBe(200);
    const back = await visit(await approveAtProvider(started.body.authorization_url, login));
    expect(back.status).toBe(302);
    const location = new URL(back.headers.get('location')!);
    expect(`${location.origin}${location.pathname}`).toBe(`${APP_URL}/settings`);
    const linkCode = location.searchParams.get('link_code')!;
    expect(linkCode).toEqual(expect.any(String));
    // Nothing is linked until the account that started the link confirms: a link URL sent to someone
    // else (who approves at the provider) links nothing to the sender's account.
    expect((await request('GET', '/v1/me/oidc', { token: owner.token })).body.identities).toEqual([]);
    const stranger = await registerUser(request, { email: newEmail('stranger') });
    expectProblem(await request('POST', '/v1/me/oidc/link/confirm', { token: stranger.token, body: { link_code: linkCode } }), 422, 'link_code');
    expect((await request('POST', '/v1/me/oidc/link/confirm', { token: owner.token, body: { link_code: linkCode } })).body).toEqual({ provider: 'local' });
    expectProblem(await request('POST', '/v1/me/oidc/link/confirm', { token: owner.token, body: { link_code: linkCode } }), 422, 'link_code');
    await sink.waitFor(owner.email, /sign-in provider was linked/);

    const linked = await request('GET', '/v1/me/oidc', { token: owner.token });
    expect(linked.body.identities).toEqual([{ provider: 'local', email: login.split(':')[1], linked_at: expect.any(String) }]);
    const viaProvider = await signInWithProvider(login);
    expect(viaProvider.user.id).toBe(owner.id);

    // The same identity cannot be linked to a second account.
    const other = await registerUser(request, { email: newEmail('other') });
    const second = await request('POST', '/v1/me/oidc/local/link', { token: other.token, body: {} });
    const taken = await asProblem(await visit(await approveAtProvider(second.body.authorization_url, login)));
    expectProblem(taken, 409);
    expect(taken.body.code).toBe('identity_linked_elsewhere');

    time.advance(11 * MINUTE);
    expectProblem(await request('DELETE', '/v1/me/oidc/local', { token: owner.token }), 403);
    await request('POST', '/v1/auth/step-up', { token: owner.token, body: { password } });
    expect((await request('DELETE', '/v1/me/oidc/local', { token: owner.token })).status).toBe(204);
    await sink.waitFor(owner.email, /sign-in provider was unlinked/);
    expect((await request('GET', '/v1/me/oidc', { token: owner.token })).body.identities).toEqual([]);
    expectProblem(await request('DELETE', '/v1/me/oidc/local', { token: owner.token }), 404);

    const events = await test.ctx.db.selectFrom('security_events').select('kind').where('user_id', '=', owner.id).orderBy('created_at').execute();
    expect(events.map((e) => e.kind)).toEqual(['oidc_linked', 'oidc_unlinked']);
  });

  it('refuses to unlink the only way into an account without a password', async () => {
    const session = await signInWithProvider(`verified:${newEmail('only-provider')}`);
    const res = await request('DELETE', '/v1/me/oidc/local', { token: session.token });
    expectProblem(res, 409);
    expect(res.body.code).toBe('last_sign_in_method');
    expect((await request('GET', '/v1/me/oidc', { token: session.token })).body.identities).toHaveLength(1);
  });
});

describe('what is kept', () => {
  it('keeps the email the provider gave, the nonce and the PKCE verifier sealed at rest', async () => {
    const email = newEmail('sealed');
    const { authorizationUrl, cookie } = await startSignIn();
    const nonce = new URL(authorizationUrl).searchParams.get('nonce')!;
    const flows = await test.ctx.db.selectFrom('oidc_flows').select(['state_hash', 'secrets']).execute();
    const raw = flows.map((f) => Buffer.concat([f.state_hash, f.secrets]).toString('latin1')).join('');
    expect(raw).not.toContain(nonce);
    expect(raw).not.toContain(new URL(authorizationUrl).searchParams.get('state')!);
    await visit(await approveAtProvider(authorizationUrl, `verified:${email}`), cookie);
    const identities = await test.ctx.db.selectFrom('oidc_identities').select('email').execute();
    expect(identities.map((i) => i.email?.toString('latin1') ?? '').join('')).not.toContain(email);
  });

  it('erases the links and pending flows of a deleted account', async () => {
    const login = `verified:${newEmail('leaving')}`;
    const session = await signInWithProvider(login);
    await inTransaction(test.ctx.db, (trx) => eraseOidcIdentities(trx, session.user.id));
    expect((await request('GET', '/v1/me/oidc', { token: session.token })).body.identities).toEqual([]);
    expect(await test.ctx.db.selectFrom('oidc_flows').select('id').where('user_id', '=', session.user.id).execute()).toEqual([]);
  });
});

describe('abuse', () => {
  it('signs no suspended account in through its provider', async () => {
    const login = `verified:${newEmail('suspended')}`;
    const { user } = await signInWithProvider(login);
    await test.ctx.db.updateTable('users').set({ suspended_at: time.clock.now() }).where('id', '=', user.id).execute();
    const back = await callBack(login);
    const code = new URL(back.headers.get('location')!).searchParams.get('login_code')!;
    const refused = await request('POST', '/v1/auth/oidc/exchange', { body: { login_code: code } });
    expectProblem(refused, 403);
    expect(refused.body.code).toBe('account_suspended');
  });

  it('counts the sign-in routes against per-address budgets: guesses at codes strictly', async () => {
    const strict = await startTestApp({
      env: {
        RATE_LIMIT_CODE_IP_PER_MINUTE: '3',
        RATE_LIMIT_AUTH_IP_PER_MINUTE: '2',
        OIDC_PROVIDERS: JSON.stringify([{ id: 'local', issuer: 'http://127.0.0.1:9', client_id: 'c', client_secret: 's' }]),
      },
    });
    try {
      const strictRequest = client(strict.url);
      for (let i = 0; i < 3; i++) expectProblem(await strictRequest('POST', '/v1/auth/oidc/exchange', { body: { login_code: `guess-${i}` } }), 422, 'login_code');
      expectProblem(await strictRequest('POST', '/v1/auth/oidc/exchange', { body: { login_code: 'guess-3' } }), 429);
      expectProblem(await asProblem(await visit(`${strict.url}/v1/auth/oidc/local/callback?state=x&code=y`)), 429);
      // Nothing answers at the issuer: 503, and no flow is left behind.
      const unreachable = await asProblem(await visit(`${strict.url}/v1/auth/oidc/local/start`));
      expectProblem(unreachable, 503);
      expect(unreachable.body.code).toBe('provider_unavailable');
      expect(await strict.ctx.db.selectFrom('oidc_flows').select('id').execute()).toEqual([]);
      expect((await strictRequest('GET', '/v1/auth/oidc/providers')).status).toBe(200);
      expectProblem(await strictRequest('GET', '/v1/auth/oidc/providers'), 429);
    } finally {
      await strict.close();
    }
  });
});
