import { randomUUID } from 'node:crypto';
import { type TestContext, createTestContext } from '../../../../../test/harness';
import { transition } from './order';
import { lockOrder } from './orders.repository';
import { applyCommand } from './orders.service';

// The pure table, observed: applyCommand checks a command once, before its effects, and writes the
// transition it checked.
jest.mock('./order', () => {
  const actual = jest.requireActual('./order');
  return { ...actual, transition: jest.fn(actual.transition) };
});

let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext();
});
afterAll(() => test_.close());

async function shippedOrder(): Promise<string> {
  const db = test_.ctx.db;
  const now = new Date();
  const [buyer, seller] = await Promise.all(
    [1, 2].map(
      async () =>
        (
          await db
            .insertInto('users')
            .values({
              email: `${randomUUID()}@example.test`,
              password_hash: 'x',
              display_name: 'u',
              created_at: now,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
    ),
  );
  const listing = await db
    .insertInto('listings')
    .values({
      seller_id: seller!,
      title: 't',
      description: 'd',
      price_amount: 1_000,
      currency: 'EUR',
      category: 'cameras',
      status: 'reserved',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return (
    await db
      .insertInto('orders')
      .values({
        listing_id: listing.id,
        buyer_id: buyer!,
        seller_id: seller!,
        amount: 1_000,
        currency: 'EUR',
        category: 'cameras',
        fee_amount: 100,
        status: 'shipped',
        payment_ref: null,
        risk_score: null,
        risk_decision: null,
        carrier: null,
        tracking_number: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
  ).id;
}

test.each([
  ['with an effect', 'auto_deliver', 'system'],
  ['without an effect', 'confirm_delivery', 'buyer'],
] as const)('a command %s is checked against the table once', async (_, command, actor) => {
  const id = await shippedOrder();
  jest.mocked(transition).mockClear();
  const applied = await test_.ctx.db
    .transaction()
    .execute(async (trx) => applyCommand(trx, test_.ctx, (await lockOrder(trx, id))!, command, { actor, actorId: null, now: new Date() }));
  expect(applied.order.status).toBe('delivered');
  expect(jest.mocked(transition)).toHaveBeenCalledTimes(1);
});
