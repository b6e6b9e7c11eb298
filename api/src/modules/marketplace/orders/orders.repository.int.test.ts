import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { type TestContext, createTestContext } from '../../../../../test/harness';
import { createTestDatabase } from '../../../../../test/postgres';
import { createDatabase } from '../../../db/database';
import { migrateToLatest, migrator } from '../../../db/migrate';
import type { Command } from './order';
import { lockOrder, recordTransition } from './orders.repository';

// Every way into `completed` (buyer confirm, scheduler auto-complete, dispute released to the
// seller, chargeback won) goes through recordTransition; it stamps completed_at with the first
// completion's history time and never moves or clears it, as payment-time risk features count
// completed sales by it (loadRiskInput) while training replays the history.
let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext();
});
afterAll(() => test_.close());

const db = () => test_.ctx.db;
const start = new Date('2026-11-01T00:00:00Z');
const at = (hours: number) => new Date(start.getTime() + hours * 3_600_000);

async function deliveredOrder(on: Kysely<any> = db()): Promise<string> {
  const [buyer, seller] = await Promise.all(
    [1, 2].map(
      async () =>
        (
          await on
            .insertInto('users')
            .values({
              email: `${randomUUID()}@example.test`,
              password_hash: 'x',
              display_name: 'u',
              created_at: start,
            })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
    ),
  );
  const listing = await on
    .insertInto('listings')
    .values({
      seller_id: seller!,
      title: 't',
      description: 'd',
      price_amount: 1_000,
      currency: 'EUR',
      category: 'cameras',
      status: 'sold',
      created_at: start,
      updated_at: start,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const order = await on
    .insertInto('orders')
    .values({
      listing_id: listing.id,
      buyer_id: buyer!,
      seller_id: seller!,
      amount: 1_000,
      currency: 'EUR',
      category: 'cameras',
      fee_amount: 100,
      status: 'delivered',
      payment_ref: null,
      risk_score: null,
      risk_decision: null,
      carrier: null,
      tracking_number: null,
      created_at: start,
      updated_at: start,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return order.id;
}

const ACTORS: Record<string, 'buyer' | 'system' | 'staff'> = {
  complete: 'buyer',
  auto_complete: 'system',
  open_dispute: 'buyer',
  chargeback: 'system',
  resolve_for_seller: 'staff',
  refund: 'staff',
};

/** Applies the commands in turn, the i-th at hour i + 1. */
async function run(orderId: string, commands: Command[]) {
  for (const [i, command] of commands.entries()) {
    await db()
      .transaction()
      .execute(async (trx) => {
        const order = (await lockOrder(trx, orderId))!;
        const facts = { sellerCanAcceptPayments: true, deliveredAt: start, now: at(i + 1), disputeWindowDays: 30 };
        await recordTransition(trx, order, command, { actor: ACTORS[command]!, actorId: null, now: at(i + 1), config: test_.ctx.config, keyring: test_.ctx.keyring, facts });
      });
  }
}

async function state(orderId: string) {
  const order = await db().selectFrom('orders').select(['status', 'completed_at']).where('id', '=', orderId).executeTakeFirstOrThrow();
  const completions = await db()
    .selectFrom('order_status_history')
    .select('created_at')
    .where('order_id', '=', orderId)
    .where('to_status', '=', 'completed')
    .orderBy('id')
    .execute();
  return { status: order.status, completedAt: order.completed_at, completions: completions.map((c) => c.created_at) };
}

test.each<[string, Command[], string, number]>([
  ['buyer confirm', ['complete'], 'completed', 1],
  ['scheduler auto-complete', ['auto_complete'], 'completed', 1],
  ['dispute released to the seller', ['open_dispute', 'resolve_for_seller'], 'completed', 2],
  // Completed, then charged back: winning completes it again, yet it completed first at hour 1.
  ['chargeback won after completion', ['complete', 'chargeback', 'resolve_for_seller'], 'completed', 1],
  ['refunded after a chargeback', ['complete', 'chargeback', 'refund'], 'refunded', 1],
])('%s: completed_at is the first completion in the history', async (_, commands, status, completedAtHour) => {
  const id = await deliveredOrder();
  await run(id, commands);
  const s = await state(id);
  expect(s.status).toBe(status);
  expect(s.completedAt).toEqual(at(completedAtHour));
  expect(s.completedAt).toEqual(s.completions[0]);
});

test('an order that never completed has no completed_at', async () => {
  const id = await deliveredOrder();
  await run(id, ['open_dispute', 'refund']);
  expect(await state(id)).toEqual({ status: 'refunded', completedAt: null, completions: [] });
});

test('the migration backfills completed_at from the first completion in the history', async () => {
  const pg = await createTestDatabase();
  const old: Kysely<any> = createDatabase(pg.url);
  try {
    await migrator(old).migrateTo('20261124000600_stream_cases');
    const [recompleted, neverCompleted] = [await deliveredOrder(old), await deliveredOrder(old)];
    const line = (orderId: string, from: string, to: string, hour: number) => ({ order_id: orderId, from_status: from, to_status: to, actor_type: 'system', created_at: at(hour) });
    await old
      .insertInto('order_status_history')
      .values([
        line(recompleted, 'delivered', 'completed', 1),
        line(recompleted, 'completed', 'disputed', 2),
        line(recompleted, 'disputed', 'completed', 3),
        line(neverCompleted, 'delivered', 'disputed', 1),
      ])
      .execute();
    await migrateToLatest(old);
    const rows = await old.selectFrom('orders').select(['id', 'completed_at']).execute();
    expect(new Map(rows.map((r) => [r.id, r.completed_at]))).toEqual(
      new Map([
        [recompleted, at(1)],
        [neverCompleted, null],
      ]),
    );
  } finally {
    await old.destroy();
    await pg.drop();
  }
});
