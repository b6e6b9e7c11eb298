import { sql } from 'kysely';
import { type TestContext, createTestContext } from '../../../../../test/harness';
import { accounts } from './ledger';
import { InsufficientFunds, ReferenceConflict } from './ledger.errors';
import { accountBalance, postTransaction, unbalancedCurrencies } from './ledger.repository';

let test_: TestContext;
beforeAll(async () => {
  test_ = await createTestContext();
});
afterAll(() => test_.close());

const db = () => test_.ctx.db;
const order = '7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1';
const seller = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('ledger invariants enforced by Postgres', () => {
  test('a balanced transaction posts and balances derive from postings', async () => {
    await db()
      .transaction()
      .execute((trx) =>
        postTransaction(trx, {
          kind: 'payment_captured',
          orderId: order,
          reference: 'capture:test-1',
          createdAt: new Date(),
          transfers: [
            { from: accounts.psp(), to: accounts.escrow(order, seller), amount: 900, currency: 'EUR' },
            { from: accounts.psp(), to: accounts.escrowFee(order), amount: 100, currency: 'EUR' },
          ],
        }),
      );
    expect(await accountBalance(db(), accounts.escrow(order, seller).code, 'EUR')).toBe(900);
    expect(await accountBalance(db(), accounts.psp().code, 'EUR')).toBe(-1000);
    expect(await unbalancedCurrencies(db())).toEqual([]);
  });

  test('an unbalanced transaction written with raw SQL is refused at commit', async () => {
    const before = await db()
      .selectFrom('ledger_postings')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          const { id } = await trx
            .insertInto('ledger_transactions')
            .values({ kind: 'forged', order_id: null, reference: 'forged-1', created_at: new Date() })
            .returning('id')
            .executeTakeFirstOrThrow();
          const account =
            (await trx.selectFrom('ledger_accounts').select('id').where('code', '=', 'platform:fees').executeTakeFirst()) ??
            (await trx
              .insertInto('ledger_accounts')
              .values({ code: 'platform:fees', currency: 'EUR', kind: 'platform_fee', owner_id: null, order_id: null })
              .returning('id')
              .executeTakeFirstOrThrow());
          await trx.insertInto('ledger_postings').values({ transaction_id: id, account_id: account.id, amount: 5000, currency: 'EUR' }).execute();
        }),
    ).rejects.toThrow(/does not balance/);
    const after = await db()
      .selectFrom('ledger_postings')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  test('balancing one currency with another is still unbalanced', async () => {
    await expect(
      db()
        .transaction()
        .execute(async (trx) => {
          const { id } = await trx
            .insertInto('ledger_transactions')
            .values({ kind: 'fx', order_id: null, reference: 'fx-1', created_at: new Date() })
            .returning('id')
            .executeTakeFirstOrThrow();
          const acct = await trx.selectFrom('ledger_accounts').select('id').where('code', '=', 'external:psp').executeTakeFirstOrThrow();
          await trx
            .insertInto('ledger_postings')
            .values([
              { transaction_id: id, account_id: acct.id, amount: 100, currency: 'EUR' },
              { transaction_id: id, account_id: acct.id, amount: -100, currency: 'USD' },
            ])
            .execute();
        }),
    ).rejects.toThrow(/does not balance/);
  });

  test('postings, transactions and order history are append-only', async () => {
    await expect(sql`UPDATE ledger_postings SET amount = amount * 2`.execute(db())).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM ledger_postings`.execute(db())).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM ledger_transactions`.execute(db())).rejects.toThrow(/append-only/);
    await expect(sql`UPDATE order_status_history SET to_status = 'paid'`.execute(db())).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE ledger_postings CASCADE`.execute(db())).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(db())).rejects.toThrow(/append-only/);
  });

  test('the same business reference cannot move money twice', async () => {
    const capture = () =>
      db()
        .transaction()
        .execute((trx) =>
          postTransaction(trx, {
            kind: 'payment_captured',
            orderId: order,
            reference: 'capture:dup',
            createdAt: new Date(),
            transfers: [{ from: accounts.psp(), to: accounts.escrow(order, seller), amount: 1, currency: 'EUR' }],
          }),
        );
    await capture();
    // The reference's unique violation, surfaced as the typed conflict.
    await expect(capture()).rejects.toThrow(ReferenceConflict);
    await expect(capture()).rejects.toMatchObject({ kind: 'conflict', code: 'ledger_reference_conflict', reference: 'capture:dup' });
  });

  test('no account but an external one can go negative, even under 20 concurrent debits', async () => {
    const user = '2c9e1f0a-6b7d-4e3a-9f21-5d8c7b6a5e40';
    await db()
      .transaction()
      .execute((trx) =>
        postTransaction(trx, {
          kind: 'test_credit',
          orderId: null,
          reference: 'credit:concurrent',
          createdAt: new Date(),
          transfers: [{ from: accounts.psp(), to: accounts.available(user), amount: 1000, currency: 'EUR' }],
        }),
      );
    // Each debit alone fits the balance; only three together do. The database must serialise them.
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        db()
          .transaction()
          .execute((trx) =>
            postTransaction(trx, {
              kind: 'test_debit',
              orderId: null,
              reference: `debit:concurrent:${i}`,
              createdAt: new Date(),
              transfers: [{ from: accounts.available(user), to: accounts.psp(), amount: 300, currency: 'EUR' }],
            }),
          ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(InsufficientFunds);
    expect(await accountBalance(db(), accounts.available(user).code, 'EUR')).toBe(100);
  });

  test('a debit that overdraws is refused even when written with raw SQL', async () => {
    const user = '3d0f2a1b-7c8e-4f4b-8a32-6e9d8c7b6f51';
    await expect(
      db()
        .transaction()
        .execute((trx) =>
          postTransaction(trx, {
            kind: 'test_debit',
            orderId: null,
            reference: 'debit:overdraw',
            createdAt: new Date(),
            transfers: [{ from: accounts.available(user), to: accounts.psp(), amount: 1, currency: 'EUR' }],
          }),
        ),
    ).rejects.toMatchObject({ kind: 'conflict', code: 'insufficient_funds' });
  });

  test('debits of the external account do not queue behind an uncommitted one', async () => {
    // Raw inserts: only the non-negative trigger's locking is under test here.
    const capture = async (trx: Parameters<typeof postTransaction>[0], reference: string) => {
      const { id } = await trx
        .insertInto('ledger_transactions')
        .values({ kind: 'test_capture', order_id: null, reference, created_at: new Date() })
        .returning('id')
        .executeTakeFirstOrThrow();
      const psp = await trx.selectFrom('ledger_accounts').select('id').where('code', '=', 'external:psp').where('currency', '=', 'EUR').executeTakeFirstOrThrow();
      const fees = await trx.selectFrom('ledger_accounts').select('id').where('code', '=', 'platform:fees').where('currency', '=', 'EUR').executeTakeFirstOrThrow();
      await trx
        .insertInto('ledger_postings')
        .values([
          { transaction_id: id, account_id: psp.id, amount: -500, currency: 'EUR' },
          { transaction_id: id, account_id: fees.id, amount: 500, currency: 'EUR' },
        ])
        .execute();
    };
    await db()
      .insertInto('ledger_accounts')
      .values({ code: 'platform:fees', currency: 'EUR', kind: 'platform_fee', owner_id: null, order_id: null })
      .onConflict((oc) => oc.columns(['code', 'currency']).doNothing())
      .execute();
    const open = gate();
    const first = db()
      .transaction()
      .execute(async (trx) => {
        await capture(trx, 'capture:unlocked:1');
        open.reached();
        await open.released;
      });
    try {
      await open.reachedP;
      await db()
        .transaction()
        .execute(async (trx) => {
          await sql`SET LOCAL lock_timeout = '2s'`.execute(trx);
          await capture(trx, 'capture:unlocked:2');
        });
    } finally {
      open.release();
      await first;
    }
  });

  test('an account a concurrent transaction creates meanwhile is found, not created twice', async () => {
    const user = '4e1a3b2c-8d9f-4a5b-9c43-7f0e9d8c7a62';
    const credit = (trx: Parameters<typeof postTransaction>[0], amount: number, n: number) =>
      postTransaction(trx, {
        kind: 'test_credit',
        orderId: null,
        reference: `credit:race:${n}`,
        createdAt: new Date(),
        transfers: [{ from: accounts.psp(), to: accounts.available(user), amount, currency: 'EUR' }],
      });
    const open = gate();
    const first = db()
      .transaction()
      .execute(async (trx) => {
        await credit(trx, 10, 1);
        open.reached();
        await open.released;
      });
    await open.reachedP;
    const second = db()
      .transaction()
      .execute((trx) => credit(trx, 20, 2));
    // Commit the first only once the second waits on its uncommitted account row.
    for (let waiting = 0; waiting === 0;) {
      const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`.execute(db());
      waiting = rows[0]!.n;
    }
    open.release();
    await Promise.all([first, second]);
    expect(await accountBalance(db(), accounts.available(user).code, 'EUR')).toBe(30);
    const rows = await db().selectFrom('ledger_accounts').select('id').where('code', '=', accounts.available(user).code).execute();
    expect(rows).toHaveLength(1);
  });
});

/** A point one transaction reaches and waits at until the test releases it. */
function gate() {
  let reached!: () => void;
  let release!: () => void;
  const reachedP = new Promise<void>((r) => (reached = r));
  const released = new Promise<void>((r) => (release = r));
  return { reached, reachedP, release, released };
}
