import { type Kysely, sql } from 'kysely';

// The non-negative check locked the debited account's row until commit before looking at its kind,
// so every capture (a debit of `external:psp`) queued behind the previous one's commit. An account's
// kind never changes: read it without a lock and lock only accounts whose balance is checked.
// Debits of those still queue on their row, so the check still sees every earlier debit.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION ledger_check_non_negative() RETURNS trigger LANGUAGE plpgsql AS $$
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
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION ledger_check_non_negative() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      account_kind text;
      balance numeric;
    BEGIN
      SELECT kind INTO account_kind FROM ledger_accounts WHERE id = NEW.account_id FOR NO KEY UPDATE;
      IF account_kind = 'external' THEN RETURN NULL; END IF;
      SELECT coalesce(sum(amount), 0) INTO balance FROM ledger_postings WHERE account_id = NEW.account_id;
      IF balance < 0 THEN
        RAISE EXCEPTION 'ledger account % would go negative (%)', NEW.account_id, balance USING ERRCODE = '23514', CONSTRAINT = 'ledger_non_negative';
      END IF;
      RETURN NULL;
    END $$`.execute(db);
}
