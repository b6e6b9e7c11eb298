import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { type Request, type TestApp, client, registerUser, startTestApp } from '../../test/harness';

// Every kind of response carries the browser-hardening headers: API JSON and problems a locked-down
// policy, the console a strict one of its own; HSTS only over TLS a trusted proxy reports.

const consoleDir = mkdtempSync(path.join(tmpdir(), 'agora-console-'));
mkdirSync(path.join(consoleDir, 'assets'));
writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><title>console</title><script type="module" src="/console/assets/app.js"></script>');
writeFileSync(path.join(consoleDir, 'assets', 'app.js'), 'export {};');

let app: TestApp;
let request: Request;

beforeAll(async () => {
  app = await startTestApp({ env: { CONSOLE_DIR: consoleDir } });
  request = client(app.url);
});
afterAll(() => app.close());

/** The policy's directives by name, so a test can read one without caring about order. */
function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

function expectHardened(headers: Headers) {
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(headers.get('permissions-policy')).toContain('camera=()');
  expect(headers.get('x-powered-by')).toBeNull();
  expect(directives(headers.get('content-security-policy')).get('frame-ancestors')).toBe("'none'");
}

function expectApiHeaders(headers: Headers) {
  expectHardened(headers);
  const csp = directives(headers.get('content-security-policy'));
  expect(csp.get('default-src')).toBe("'none'");
  expect(headers.get('cache-control')).toBe('no-store');
  expect(headers.get('strict-transport-security')).toBeNull();
}

test('API JSON carries a deny-everything policy and is never cached', async () => {
  const user = await registerUser(request);
  const res = await request('GET', '/v1/me', { token: user.token });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('application/json');
  expectApiHeaders(res.headers);
});

test('problem responses carry the same headers', async () => {
  for (const [method, url] of [
    ['GET', '/v1/me'],
    ['GET', '/v1/no-such-route'],
    ['POST', '/v1/auth/login'],
  ] as const) {
    const res = await request(method, url, method === 'POST' ? { rawBody: '{"broken' } : {});
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expectApiHeaders(res.headers);
  }
});

test('the console page and its assets get a strict policy: own scripts only, no framing', async () => {
  for (const url of ['/console/', '/console/disputes/123', '/console/assets/app.js']) {
    const res = await request('GET', url);
    expect(res.status).toBe(200);
    expectHardened(res.headers);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-eval/);
  }
  // Static files keep their own caching; only API answers are no-store.
  expect((await request('GET', '/console/assets/app.js')).headers.get('cache-control')).toBe('public, max-age=3600');
});

test("the compose file's nginx serves the console with the same headers as the API does", async () => {
  const nginx = readFileSync(path.resolve(__dirname, '../../console/nginx.conf'), 'utf8');
  const added = new Map([...nginx.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
  const res = await request('GET', '/console/');
  for (const name of [
    'content-security-policy',
    'x-frame-options',
    'x-content-type-options',
    'referrer-policy',
    'cross-origin-opener-policy',
    'cross-origin-resource-policy',
    'permissions-policy',
  ]) {
    expect({ name, value: added.get(name) }).toEqual({ name, value: res.headers.get(name) });
  }
});

test('HSTS only when a trusted proxy says the request came over HTTPS', async () => {
  const https = { 'x-forwarded-proto': 'https' };
  expect((await request('GET', '/health')).headers.get('strict-transport-security')).toBeNull();
  // The default TRUST_PROXY is loopback, which is where the test client connects from.
  expect(app.ctx.config.TRUST_PROXY).toEqual(['loopback']);
  for (const url of ['/health', '/v1/me', '/console/']) {
    expect((await request('GET', url, { headers: https })).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  }

  // TRUST_PROXY=false: the same header from the same peer is not believed.
  const untrusting = createApp({ ...app.ctx, config: { ...app.ctx.config, TRUST_PROXY: false } }).listen(0, '127.0.0.1');
  await new Promise((resolve) => untrusting.once('listening', resolve));
  try {
    const other = client(`http://127.0.0.1:${(untrusting.address() as AddressInfo).port}`);
    expect((await other('GET', '/health', { headers: https })).headers.get('strict-transport-security')).toBeNull();
  } finally {
    await new Promise((resolve) => untrusting.close(resolve));
  }
});

test('TRUST_PROXY takes false, a hop count or addresses, and refuses to trust everyone', () => {
  const parse = (value: string) => loadConfig({ TRUST_PROXY: value }).TRUST_PROXY;
  expect(parse('false')).toBe(false);
  expect(parse('2')).toBe(2);
  expect(parse('loopback, 10.0.0.0/8,fd00::/8,192.168.1.7')).toEqual(['loopback', '10.0.0.0/8', 'fd00::/8', '192.168.1.7']);
  for (const bad of ['true', '10.0.0.0/33', 'proxy.example', '10.0.0.1,,loopback']) expect(() => parse(bad)).toThrow(/TRUST_PROXY/);
});
