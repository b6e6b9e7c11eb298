import { sql } from 'kysely';
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { SELLER_DEADLINE_JOB, resolveForSilentSeller } from '../../trust-safety/disputes';
import { type Command, TRANSITIONS, applyCommand, lockOrder, runAfterCommit } from '../../marketplace/orders';
import { settleIfDue } from '../../money/settlement';

// Timed work lives in `scheduled_jobs`, never in process memory: a restart loses nothing, and several
// workers share the table safely because each claims a due row with FOR UPDATE SKIP LOCKED.
// A job whose order has moved on (shipped before the auto-cancel fired, say) is skipped, because the
// transition table refuses it — the same check a person's request gets.

const RETRY_MS = 60_000;
const MAX_ATTEMPTS = 5;

/** Runs due jobs until none is left (or `limit`); returns how many ran. */
export async function runDueJobs(ctx: AppContext, limit = 500): Promise<number> {
  let ran = 0;
  while (ran < limit) {
    const outcome = await runOneJob(ctx);
    if (outcome === 'none') break;
    ran += 1;
  }
  return ran;
}

async function runOneJob(ctx: AppContext): Promise<'none' | 'done' | 'skipped' | 'failed'> {
  let operations: string[] = [];
  const outcome = await inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    operations = []; // a retried attempt starts afresh
    const job = await trx.selectFrom('scheduled_jobs').selectAll().where('status', '=', 'pending').where('due_at', '<=', now)
      .orderBy('due_at').limit(1).forUpdate().skipLocked().executeTakeFirst();
    if (!job) return 'none' as const;
    const finish = (status: 'done' | 'skipped' | 'failed', lastError: string | null = null) =>
      trx.updateTable('scheduled_jobs').set({ status, finished_at: now, attempts: job.attempts + 1, last_error: lastError }).where('id', '=', job.id).execute();
    try {
      await sql`SAVEPOINT job`.execute(trx);
      const order = (await lockOrder(trx, job.order_id))!;
      if (job.kind === 'settle') {
        const settled = await settleIfDue(trx, order, now);
        await finish(settled ? 'done' : 'skipped');
        return settled ? 'done' : 'skipped';
      }
      if (job.kind === SELLER_DEADLINE_JOB) {
        const result = await resolveForSilentSeller(trx, ctx, order, now);
        operations.push(...result.operations);
        await finish(result.resolved ? 'done' : 'skipped');
        return result.resolved ? 'done' : 'skipped';
      }
      const command = job.kind as Command;
      if (!Object.hasOwn(TRANSITIONS, command) || !(TRANSITIONS[command].from as readonly string[]).includes(order.status)) {
        await finish('skipped');
        return 'skipped' as const;
      }
      const applied = await applyCommand(trx, ctx, order, command, { actor: 'system', actorId: null, now });
      operations.push(...applied.operations);
      await finish('done');
      return 'done' as const;
    } catch (err) {
      // Undo the job's partial work, keep the claim: retry later, give up after MAX_ATTEMPTS.
      await sql`ROLLBACK TO SAVEPOINT job`.execute(trx);
      const message = err instanceof Error ? err.message : String(err);
      ctx.logger.error({ job: job.id, kind: job.kind, order: job.order_id, err: message }, 'scheduled job failed');
      if (job.attempts + 1 >= MAX_ATTEMPTS) await finish('failed', message.slice(0, 500));
      else await trx.updateTable('scheduled_jobs').set({ attempts: job.attempts + 1, last_error: message.slice(0, 500), due_at: new Date(now.getTime() + RETRY_MS) }).where('id', '=', job.id).execute();
      return 'failed' as const;
    }
  });
  await runAfterCommit(ctx, operations);
  return outcome;
}
