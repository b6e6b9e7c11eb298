import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type TestContext, client, createTestContext, makeListing, registerUser, SHIP_TO } from '../../test/harness';
import { createSandboxProvider } from '../src/adapters/payment-providers';
import { recoverPayments } from '../src/modules/money/checkout';
import { recordingProvider } from './fixtures/recording-provider';

// The process dies after the provider charged the card and before the charge was recorded. The
// recovery job must end with exactly one charge and the order paid — never two charges, never a
// charge the ledger does not know about.

let test_: TestContext;
let child: ChildProcess | undefined;
const chargeLog = path.join(mkdtempSync(path.join(tmpdir(), 'agora-crash-log-')), 'charges.jsonl');

beforeAll(async () => {
  test_ = await createTestContext();
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await test_.close();
});

function startCrashingApp(): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures/crash-at-charge.ts')], {
    env: { ...process.env, DATABASE_URL: test_.databaseUrl, CHARGE_LOG: chargeLog },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child!.stdout!.once('data', (chunk: Buffer) => resolve(`http://127.0.0.1:${chunk.toString().trim()}`));
    child!.once('exit', (code, signal) => reject(new Error(`app exited early: ${code ?? signal}`)));
  });
}

const charges = () =>
  readFileSync(chargeLog, 'utf8')
    .trim()
    .split('\n')
    .filter((l) => l !== 'killed')
    .map((l) => JSON.parse(l));

test('a crash between the provider charge and the commit is recovered with exactly one charge', async () => {
  const url = await startCrashingApp();
  const request = client(url);
  const [seller, buyer] = [await registerUser(request), await registerUser(request)];
  const listing = await makeListing(request, seller);
  const order = (await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } })).body;
  const exited = new Promise((resolve) => child!.once('exit', (_code, signal) => resolve(signal)));

  await expect(
    request('POST', `/v1/orders/${order.id}/pay`, {
      token: buyer.token,
      body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO },
      headers: { 'idempotency-key': 'pay-once' },
    }),
  ).rejects.toThrow();
  expect(await exited).toBe('SIGKILL');

  // The provider charged; our records say only that an attempt started.
  expect(charges()).toHaveLength(1);
  const db = test_.ctx.db;
  expect((await db.selectFrom('orders').select('status').where('id', '=', order.id).executeTakeFirstOrThrow()).status).toBe('pending_payment');
  expect(await db.selectFrom('payment_attempts').select(['status', 'idempotency_key']).where('order_id', '=', order.id).execute()).toEqual([
    { status: 'started', idempotency_key: charges()[0].key },
  ]);
  expect(await db.selectFrom('ledger_transactions').select('id').where('order_id', '=', order.id).execute()).toEqual([]);

  // Recovery asks the provider again with the same idempotency key and records its answer.
  const ctx = { ...test_.ctx, payments: recordingProvider(createSandboxProvider(), chargeLog) };
  expect(await recoverPayments(ctx, 0)).toBe(1);
  const [first, second] = charges();
  expect(second.key).toBe(first.key);
  expect(second.result).toEqual(first.result);

  const recovered = await db.selectFrom('orders').select(['status', 'payment_ref']).where('id', '=', order.id).executeTakeFirstOrThrow();
  expect(recovered).toEqual({ status: 'paid', payment_ref: first.result.reference });
  const captures = await db.selectFrom('ledger_transactions').select('kind').where('order_id', '=', order.id).execute();
  expect(captures).toEqual([{ kind: 'payment_captured' }]);
  expect(await db.selectFrom('payment_attempts').select('status').where('order_id', '=', order.id).execute()).toEqual([{ status: 'succeeded' }]);

  // Running recovery again finds nothing to do.
  expect(await recoverPayments(ctx, 0)).toBe(0);
  expect(charges()).toHaveLength(2);
});
