import { ensureStaffAccount } from '../src/modules/marketplace/users';
import { type Request, type TestApp, client, expectProblem, startTestApp } from '../../test/harness';

// Registration refuses common, guessable and personal passwords, and says why under `password`.

let app: TestApp;
let request: Request;
beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
});
afterAll(() => app.close());

let n = 0;
const register = (password: string, account: { email?: string; display_name?: string } = {}) =>
  request('POST', '/v1/auth/register', {
    body: { email: account.email ?? `policy-${(n += 1)}-${Date.now()}@example.test`, password, display_name: account.display_name ?? 'Policy Tester' },
  });

async function expectRefused(password: string, reason: RegExp, account?: { email?: string; display_name?: string }) {
  const res = await register(password, account);
  expectProblem(res, 400, 'password');
  const message: string = res.body.errors.find((e: { field: string }) => e.field === 'password').message;
  expect(message).toMatch(reason);
  expect(res.body.detail).toContain(message);
}

const tooShort = /at least 12 characters/;
const guessable = /too easy to guess: \S/;

test.each([
  ['1234567890', tooShort],
  ['password12', tooShort],
  [' '.repeat(10), /visible characters/],
  ['\u200b'.repeat(10), /visible characters/],
  [' '.repeat(40), /visible characters/],
  ['\u200b'.repeat(40), /visible characters/],
  // Padded with invisible characters or spaces to pass a length check, it is still what it is.
  ['pass\u200bword\u200b12\u200b\u200b\u200b', tooShort],
  ['a      b      c', tooShort],
  ['123456789012', guessable],
  ['password1234', guessable],
  ['qwertyuiopasdf', guessable],
  ['iloveyou2024!', guessable],
  ['x'.repeat(129), /at most 128 characters/],
])('%j is refused', async (password, reason) => {
  await expectRefused(password, reason);
});

test('the email, its local part or the display name are refused', async () => {
  const email = `margarethe.vanderlinden${Date.now()}@example.test`;
  await expectRefused(email, /email address or name/, { email });
  await expectRefused(email.toUpperCase(), /email address or name/, { email });
  await expectRefused(`${email.split('@')[0]}`, /email address or name/, { email });
  await expectRefused('Bartholomew Featherstonehaugh', /email address or name/, { display_name: 'Bartholomew Featherstonehaugh' });
  // Guessable from them, too.
  await expectRefused('Featherstonehaugh1', guessable, { display_name: 'Bartholomew Featherstonehaugh' });
});

test('a strong password is accepted, spaces, accents and all', async () => {
  expect((await register('violet tractor umbrella')).status).toBe(202);
  expect((await register('Ünïcode straße 42 ✓')).status).toBe(202);
  expect((await register('y'.repeat(7) + 'q8#Lm2!vZ' + 'ß'.repeat(112))).status).toBe(202);
});

test('a staff account set up at start (ADMIN_PASSWORD) is held to the same policy, and nothing is written for a weak one', async () => {
  const email = `admin-${Date.now()}@example.test`;
  await expect(ensureStaffAccount(app.ctx, email, 'password1234')).rejects.toThrow(/staff password .* is refused: it is too easy to guess/);
  await expect(ensureStaffAccount(app.ctx, email, email)).rejects.toThrow(/must not be your email address or name/);
  expect(await app.ctx.db.selectFrom('users').select('id').where('email', '=', email).execute()).toEqual([]);
  await ensureStaffAccount(app.ctx, email, 'violet anchor drifts north 42');
  expect((await request('POST', '/v1/auth/login', { body: { email, password: 'violet anchor drifts north 42' } })).status).toBe(200);
});
