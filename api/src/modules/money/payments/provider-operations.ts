import type { Selectable, Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB, ProviderOperationsTable } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import type { Money } from '../currencies';

// Provider calls that must follow a ledger movement (refunds, transfers, reversals, payouts) are
// written in the movement's own transaction and executed after commit: a crash in between leaves a
// pending row that the worker retries, and the idempotency key makes any repeat harmless.

export type OperationRequest =
  | { kind: 'refund'; reference: string; amount: Money }
  | { kind: 'transfer'; destination: string; amount: Money; transferGroup: string }
  | { kind: 'reverse_transfer'; transferKey: string; amount: Money }
  | { kind: 'payout'; destination: string; amount: Money };

export type ProviderOperation = Selectable<ProviderOperationsTable>;

/**
 * What the module that queued operations records, in the operation's transaction, when one finally
 * succeeds or fails (payouts: paid, or the money back). Passed by whoever runs operations, so this
 * module never depends on the modules that queue them.
 */
export interface OperationOutcomes {
  succeeded(trx: Transaction<DB>, op: ProviderOperation, now: Date): Promise<void>;
  failed(trx: Transaction<DB>, op: ProviderOperation, now: Date): Promise<void>;
}

const MAX_ATTEMPTS = 8;

export async function enqueueProviderOperation(
  trx: Transaction<DB>,
  op: { idempotencyKey: string; orderId?: string; payoutId?: string; request: OperationRequest; now: Date },
): Promise<string> {
  const row = await trx
    .insertInto('provider_operations')
    .values({
      kind: op.request.kind,
      idempotency_key: op.idempotencyKey,
      order_id: op.orderId ?? null,
      payout_id: op.payoutId ?? null,
      request: JSON.stringify(op.request),
      status: 'pending',
      next_attempt_at: op.now,
      created_at: op.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function call(ctx: AppContext, op: ProviderOperation): Promise<string> {
  const request = op.request as OperationRequest;
  const idempotencyKey = op.idempotency_key;
  switch (request.kind) {
    case 'refund':
      return (await ctx.payments.refund({ reference: request.reference, amount: request.amount, idempotencyKey })).reference;
    case 'transfer':
      return (await ctx.payments.transfer({ destination: request.destination, amount: request.amount, transferGroup: request.transferGroup, idempotencyKey })).reference;
    case 'reverse_transfer': {
      // The transfer being reversed is itself an operation; it must have reached the provider first.
      const transfer = await ctx.db.selectFrom('provider_operations').select(['provider_ref', 'status']).where('idempotency_key', '=', request.transferKey).executeTakeFirst();
      if (!transfer?.provider_ref) throw new Error(`transfer ${request.transferKey} has not reached the provider yet`);
      return (await ctx.payments.reverseTransfer({ reference: transfer.provider_ref, amount: request.amount, idempotencyKey })).reference;
    }
    case 'payout': {
      // Money reaches the seller's provider account before it can leave it.
      const transfer = await ctx.db.selectFrom('provider_operations').select('status').where('idempotency_key', '=', `payout:${op.payout_id}:transfer`).executeTakeFirst();
      if (transfer && transfer.status !== 'succeeded') throw new Error(`payout ${op.payout_id} waits for its transfer`);
      return (await ctx.payments.payout({ destination: request.destination, amount: request.amount, idempotencyKey })).reference;
    }
  }
}

/**
 * Executes due operations (or the given ones), one row lock each with SKIP LOCKED so several
 * workers never call the provider for the same row at once. Failures back off exponentially and
 * give up after MAX_ATTEMPTS (a failed payout is then credited back to the seller by `outcomes`).
 */
export async function runProviderOperations(ctx: AppContext, outcomes: OperationOutcomes, opts: { ids?: string[]; limit?: number } = {}): Promise<number> {
  let done = 0;
  for (let i = 0; i < (opts.limit ?? 100); i += 1) {
    // Not retried: the callback calls the provider (idempotent per key, but a retry is the next run's job).
    const ran = await inTransaction(
      ctx.db,
      async (trx) => {
        const now = ctx.clock.now();
        let q = trx.selectFrom('provider_operations').selectAll().where('status', '=', 'pending').where('next_attempt_at', '<=', now);
        if (opts.ids) q = opts.ids.length ? q.where('id', 'in', opts.ids) : q.where('id', 'is', null);
        const op = await q.orderBy('next_attempt_at').limit(1).forUpdate().skipLocked().executeTakeFirst();
        if (!op) return false;
        try {
          const ref = await call(ctx, op);
          await trx
            .updateTable('provider_operations')
            .set({ status: 'succeeded', provider_ref: ref, attempts: op.attempts + 1, finished_at: now, last_error: null })
            .where('id', '=', op.id)
            .execute();
          await outcomes.succeeded(trx, op, now);
        } catch (err) {
          const attempts = op.attempts + 1;
          const message = err instanceof Error ? err.message.slice(0, 500) : 'unknown error';
          ctx.logger.warn({ operation: op.id, kind: op.kind, attempts, err: message }, 'provider operation failed');
          if (attempts >= MAX_ATTEMPTS) {
            await trx.updateTable('provider_operations').set({ status: 'failed', attempts, last_error: message, finished_at: now }).where('id', '=', op.id).execute();
            await outcomes.failed(trx, op, now);
          } else {
            const next = new Date(now.getTime() + 1000 * 2 ** attempts);
            await trx.updateTable('provider_operations').set({ attempts, last_error: message, next_attempt_at: next }).where('id', '=', op.id).execute();
          }
        }
        return true;
      },
      { retry: false },
    );
    if (!ran) break;
    done += 1;
  }
  return done;
}
