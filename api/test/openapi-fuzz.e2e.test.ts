import { ROUTES } from '../src/routes';
import { type FuzzRequest, type Operation, fuzzRequests, operationsOf } from '../../test/openapi-fuzz';
import { type Request, type TestApp, type TestUser, client, makeStaff, startTestApp } from '../../test/harness';

// Every operation of the served OpenAPI document (GET /openapi.json) gets a baseline request built
// from its schemas and then the malformed ones a client can send: wrong types, unknown and missing
// fields, huge strings, extreme numbers, deep nesting, ill-formed Unicode, bad path and query
// parameters. As staff holding every role, so access never hides input handling. The baseline may
// succeed or fail but never with a 5xx; every mutation is a 4xx problem+json and writes nothing. A
// route is covered the day it is added to the document.

let app: TestApp;
let request: Request;
let staff: TestUser;
let operations: Operation[];

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  staff = await makeStaff(app, ['admin', 'moderator', 'arbitrator', 'analyst']);
  operations = operationsOf((await request('GET', '/openapi.json')).body);
});
afterAll(() => app.close());

const TABLES = [
  'users',
  'sessions',
  'listings',
  'orders',
  'disputes',
  'reviews',
  'reports',
  'fraud_cases',
  'ledger_postings',
  'outbox',
  'audit_log',
  'identity_documents',
] as const;

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    counts[table] = Number(
      (
        await app.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  }
  return counts;
}

const latestAuditId = async () => (await app.ctx.db.selectFrom('audit_log').select('id').orderBy('id', 'desc').limit(1).executeTakeFirst())?.id ?? '0';
const auditedVerdictsSince = async (id: string) =>
  (await app.ctx.db.selectFrom('audit_log').select('details').where('id', '>', id).execute()).map((a) => (a.details as { verdict?: string }).verdict);

const send = (r: FuzzRequest, token: string) => request(r.method, r.path, { token, rawBody: r.rawBody, headers: r.headers });
const isProblem = (res: { headers: Headers }) => (res.headers.get('content-type') ?? '').includes('application/problem+json');

test('the served document lists every route', () => {
  // ROUTES plus the Stripe webhook, which is mounted before the JSON parser.
  expect(operations).toHaveLength(ROUTES.length + 1);
});

/** A new session for the staff member: an operation's baseline may end the current one (logout). */
async function signIn(): Promise<string> {
  const res = await request('POST', '/v1/auth/login', { body: { email: staff.email, password: 'correct horse battery' } });
  if (res.status !== 200) throw new Error(`login: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token;
}

test('no request derived from the document is answered with a 5xx; every malformed one is a 4xx problem that writes nothing', async () => {
  const failures: string[] = [];
  let mutationsSent = 0;
  let token = staff.token;
  for (const op of operations) {
    const name = `${op.method} ${op.path}`;
    const { baseline, mutations } = fuzzRequests(op);
    const before = await rowCounts();
    const lastAudit = await latestAuditId();
    for (const mutation of mutations) {
      const res = await send(mutation, token);
      mutationsSent += 1;
      // A 401 would mean the session was lost, and with it every check behind authentication.
      if (res.status < 400 || res.status >= 500 || res.status === 401 || !isProblem(res)) {
        failures.push(`${name} with ${mutation.label} → ${res.status} ${res.headers.get('content-type')} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
    }
    const after = await rowCounts();
    // A route that audits every attempt records its refusals, and nothing else.
    if (op.auditsEveryAttempt) {
      const verdicts = await auditedVerdictsSince(lastAudit);
      if (verdicts.some((v) => !v?.startsWith('refused:'))) failures.push(`${name}: a malformed request was audited as ${JSON.stringify(verdicts)}`);
      after.audit_log = before.audit_log!;
    }
    if (JSON.stringify(after) !== JSON.stringify(before)) failures.push(`${name}: malformed requests wrote rows (${JSON.stringify(before)} → ${JSON.stringify(after)})`);
    // Last: a valid-ish request may write, or end the session.
    const base = await send(baseline, token);
    if (base.status >= 500 || (base.status >= 400 && !isProblem(base))) failures.push(`${name} baseline → ${base.status} ${JSON.stringify(base.body).slice(0, 200)}`);
    if ((await request('GET', '/v1/me', { token })).status === 401) token = await signIn();
  }
  expect(failures).toEqual([]);
  // Guards the generator itself: an empty mutation list would pass vacuously.
  expect(mutationsSent).toBeGreaterThan(operations.length * 3);
  // Thousands of requests, one after another: the time grows with the document (190 operations).
}, 600_000);
