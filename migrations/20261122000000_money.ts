import { type Kysely, sql } from 'kysely';

// Money you can trust: escrow holds, non-negative balances, payouts, the scheduler, payment attempts,
// provider operations and agreed partial refunds. Never imports app code.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX ledger_transactions_order_idx ON ledger_transactions (order_id, created_at)`.execute(db);

  // No account but an `external` one may go negative. Debits of a checked account lock its row, so
  // concurrent debits queue and the second sees the first one's committed postings (READ COMMITTED
  // takes a fresh snapshot per statement). Credits and external debits (every capture debits
  // `external:psp`) take no lock: they cannot make a checked balance negative.
  await sql`
    CREATE FUNCTION ledger_check_non_negative() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      account_kind text;
      balance numeric;
    BEGIN
      SELECT kind INTO account_kind FROM ledger_accounts WHERE id = NEW.account_id;
      IF account_kind = 'external' THEN RETURN NULL; END IF;
      -- NO KEY UPDATE: the posting's foreign key already holds KEY SHARE on this row, which FOR UPDATE
      -- would wait on (a deadlock between two debits); NO KEY UPDATE still serialises debits.
      PERFORM 1 FROM ledger_accounts WHERE id = NEW.account_id FOR NO KEY UPDATE;
      SELECT coalesce(sum(amount), 0) INTO balance FROM ledger_postings WHERE account_id = NEW.account_id;
      IF balance < 0 THEN
        RAISE EXCEPTION 'ledger account % would go negative (%)', NEW.account_id, balance USING ERRCODE = '23514', CONSTRAINT = 'ledger_non_negative';
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER ledger_postings_non_negative AFTER INSERT ON ledger_postings
            FOR EACH ROW WHEN (NEW.amount < 0) EXECUTE FUNCTION ledger_check_non_negative()`.execute(db);

  // Escrow as a two-phase hold (TigerBeetle's pending transfer): created when the payment is
  // captured, resolved exactly once by posting (all or part to the seller) or voiding.
  await db.schema
    .createTable('escrow_holds')
    .addColumn('order_id', 'uuid', (c) => c.primaryKey().references('orders.id'))
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('pending', 'posted', 'voided')`))
    .addColumn('posted_amount', 'bigint')
    .addColumn('settle_after', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('resolved_at', 'timestamptz')
    .addCheckConstraint('escrow_holds_resolution', sql`(status = 'pending') = (resolved_at IS NULL)`)
    .execute();
  await sql`
    CREATE FUNCTION escrow_hold_resolves_once() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> 'pending' THEN
        RAISE EXCEPTION 'escrow hold for order % is already %', OLD.order_id, OLD.status USING ERRCODE = '23514';
      END IF;
      IF NEW.order_id <> OLD.order_id OR NEW.currency <> OLD.currency OR NEW.amount <> OLD.amount OR NEW.created_at <> OLD.created_at THEN
        RAISE EXCEPTION 'escrow hold terms are immutable' USING ERRCODE = '23514';
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER escrow_holds_resolve_once BEFORE UPDATE ON escrow_holds
            FOR EACH ROW EXECUTE FUNCTION escrow_hold_resolves_once()`.execute(db);
  await sql`CREATE TRIGGER escrow_holds_no_delete BEFORE DELETE OR TRUNCATE ON escrow_holds
            FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only()`.execute(db);

  // Partial refunds agreed by both parties: one proposes, the other accepts.
  await db.schema
    .createTable('refund_proposals')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id'))
    .addColumn('proposed_by', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('proposed', 'accepted', 'declined', 'withdrawn')`))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('decided_at', 'timestamptz')
    .execute();
  await sql`CREATE UNIQUE INDEX refund_proposals_one_open ON refund_proposals (order_id) WHERE status = 'proposed'`.execute(db);

  // Every attempt to charge the buyer, written before the provider is called: after a crash the
  // recovery job re-issues the same idempotent call and records what the provider says.
  await db.schema
    .createTable('payment_attempts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id'))
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('payment_method', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('started', 'succeeded', 'declined')`))
    .addColumn('provider_ref', 'text')
    .addColumn('decline_code', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .addUniqueConstraint('payment_attempts_order_attempt_key', ['order_id', 'attempt'])
    .execute();
  await sql`CREATE INDEX payment_attempts_started_idx ON payment_attempts (created_at) WHERE status = 'started'`.execute(db);

  // Provider calls that follow a ledger commit (refunds, transfers, reversals, payouts): recorded in
  // the same transaction as the ledger movement, executed after commit, retried until done.
  await db.schema
    .createTable('provider_operations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('refund', 'transfer', 'reverse_transfer', 'payout')`))
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('order_id', 'uuid')
    .addColumn('payout_id', 'uuid')
    .addColumn('request', 'jsonb', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('pending', 'succeeded', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'timestamptz', (c) => c.notNull())
    .addColumn('provider_ref', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await sql`CREATE INDEX provider_operations_due_idx ON provider_operations (next_attempt_at) WHERE status = 'pending'`.execute(db);

  await db.schema
    .createTable('payouts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('amount', 'bigint', (c) => c.notNull().check(sql`amount > 0`))
    .addColumn('currency', sql`char(3)`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('pending', 'paid', 'failed')`))
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger IN ('request', 'schedule')`))
    .addColumn('reversed_amount', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`reversed_amount >= 0 AND reversed_amount <= amount`),
    )
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('paid_at', 'timestamptz')
    .execute();
  await sql`CREATE INDEX payouts_user_idx ON payouts (user_id, created_at DESC, id DESC)`.execute(db);

  await db.schema
    .alterTable('users')
    .addColumn('payout_schedule', 'text', (c) =>
      c
        .notNull()
        .defaultTo('manual')
        .check(sql`payout_schedule IN ('manual', 'daily', 'weekly')`),
    )
    .execute();

  // Timed transitions and settlements, due at a time; the worker claims due rows with SKIP LOCKED,
  // so they survive restarts and run once across workers.
  await db.schema
    .createTable('scheduled_jobs')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('order_id', 'uuid', (c) => c.notNull().references('orders.id'))
    .addColumn('due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('pending', 'done', 'skipped', 'failed')`))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz')
    .execute();
  await sql`CREATE INDEX scheduled_jobs_due_idx ON scheduled_jobs (due_at) WHERE status = 'pending'`.execute(db);
  await sql`CREATE UNIQUE INDEX scheduled_jobs_one_pending ON scheduled_jobs (order_id, kind) WHERE status = 'pending'`.execute(db);

  await db.schema
    .alterTable('orders')
    .addColumn('refunded_amount', 'bigint', (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`refunded_amount >= 0`),
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('orders').dropColumn('refunded_amount').execute();
  for (const table of ['scheduled_jobs', 'payouts', 'provider_operations', 'payment_attempts', 'refund_proposals', 'escrow_holds']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('users').dropColumn('payout_schedule').execute();
  await sql`DROP TRIGGER ledger_postings_non_negative ON ledger_postings`.execute(db);
  await sql`DROP FUNCTION ledger_check_non_negative()`.execute(db);
  await sql`DROP FUNCTION escrow_hold_resolves_once()`.execute(db);
  await sql`DROP INDEX ledger_transactions_order_idx`.execute(db);
}
