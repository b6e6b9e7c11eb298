import { ROUTES } from '../src/app';
import { type Request, type TestApp, type TestUser, client, makeStaff, startTestApp } from '../../test/harness';

// Every route in the route table gets the malformed requests a client can send, as a staff member
// holding every role (so access never hides a bad input): never a 500, always problem+json, and
// nothing is written. New routes are covered the moment they join ROUTES.

let app: TestApp;
let request: Request;
let staff: TestUser;

beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
  staff = await makeStaff(app, ['admin', 'moderator', 'arbitrator', 'analyst']);
});
afterAll(() => app.close());

/** Fills `:param` placeholders with `value`. */
const fill = (path: string, value: string) => path.replace(/:\w+/g, value);

const TABLES = ['users', 'listings', 'orders', 'disputes', 'reviews', 'reports', 'fraud_cases', 'ledger_postings', 'outbox', 'audit_log'] as const;

async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    counts[table] = Number((await app.ctx.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  }
  return counts;
}

function expectClientProblem(res: { status: number; headers: Headers }, what: string) {
  // The route's name in the message says which one answered wrongly.
  expect({ what, status: res.status >= 400 && res.status < 500 }).toEqual({ what, status: true });
  expect({ what, type: res.headers.get('content-type') }).toEqual({ what, type: expect.stringContaining('application/problem+json') });
}

const writes = ROUTES.filter((r) => r.method !== 'get');
const withParams = ROUTES.filter((r) => r.path.includes(':'));

describe('malformed requests on every route are 4xx problems and write nothing', () => {
  test.each(withParams.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s: ids that are not ids', async (name, r) => {
    const before = await rowCounts();
    for (const bad of ['not-a-uuid', '1%20OR%201=1', '%00', 'x'.repeat(300)]) {
      const res = await request(r.method.toUpperCase(), fill(r.path, bad), { token: staff.token, body: r.method === 'get' ? undefined : {} });
      expectClientProblem(res, `${name} ${bad}`);
    }
    expect(await rowCounts()).toEqual(before);
  });

  test.each(writes.filter((r) => r.body).map((r) => [`${r.method.toUpperCase()} ${r.path}`, r] as const))('%s: bodies of the wrong shape', async (name, r) => {
    const path = fill(r.path, '00000000-0000-4000-8000-000000000000');
    const before = await rowCounts();
    const bodies: { rawBody: string; label: string }[] = [
      { label: 'not JSON', rawBody: '{"unterminated' },
      { label: 'an array', rawBody: '[1,2,3]' },
      { label: 'a string', rawBody: '"text"' },
      { label: 'null', rawBody: 'null' },
      { label: 'deeply nested', rawBody: '{"a":'.repeat(2000) + '1' + '}'.repeat(2000) },
      { label: 'wrong types everywhere', rawBody: JSON.stringify({ amount: 'ten', id: 42, note: { x: 1 }, decision: [], __proto__: { admin: true } }) },
    ];
    for (const { label, rawBody } of bodies) {
      const res = await request(r.method.toUpperCase(), path, { token: staff.token, rawBody });
      expectClientProblem(res, `${name} with ${label}`);
    }
    expect(await rowCounts()).toEqual(before);
  });
});
