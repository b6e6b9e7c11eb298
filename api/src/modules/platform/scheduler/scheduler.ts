import { sql, type Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { type ScheduledJob, claimDueJob, finishJob, retryJob } from './scheduled-jobs.repository';

// Timed work lives in `scheduled_jobs`, never in process memory: a restart loses nothing, and several
// workers share the table safely because each claims a due row with FOR UPDATE SKIP LOCKED.
// What a job does is not the scheduler's business: the caller passes the handlers (see jobs.ts), so
// the modules that schedule jobs never depend on the modules that run them.

const RETRY_MS = 60_000;
const MAX_ATTEMPTS = 5;

/** What running one claimed job did: `skipped` when it no longer applied. */
export interface JobOutcome {
  ran: boolean;
  /** Work to start once the job's transaction has committed (provider operations, say). */
  operations: string[];
}

export interface JobHandlers {
  run(trx: Transaction<DB>, ctx: AppContext, job: ScheduledJob, now: Date): Promise<JobOutcome>;
  afterCommit(ctx: AppContext, operations: string[]): Promise<void>;
}

/** Runs due jobs with `handlers` until none is left (or `limit`); returns how many ran. */
export async function runJobs(ctx: AppContext, handlers: JobHandlers, limit = 500): Promise<number> {
  let ran = 0;
  while (ran < limit) {
    const outcome = await runOneJob(ctx, handlers);
    if (outcome === 'none') break;
    ran += 1;
  }
  return ran;
}

async function runOneJob(ctx: AppContext, handlers: JobHandlers): Promise<'none' | 'done' | 'skipped' | 'failed'> {
  let operations: string[] = [];
  const outcome = await inTransaction(ctx.db, async (trx) => {
    const now = ctx.clock.now();
    operations = []; // a retried attempt starts afresh
    const job = await claimDueJob(trx, now);
    if (!job) return 'none' as const;
    try {
      await sql`SAVEPOINT job`.execute(trx);
      const result = await handlers.run(trx, ctx, job, now);
      const status = result.ran ? ('done' as const) : ('skipped' as const);
      await finishJob(trx, job, status, now);
      operations.push(...result.operations);
      return status;
    } catch (err) {
      // Undo the job's partial work, keep the claim: retry later, give up after MAX_ATTEMPTS.
      await sql`ROLLBACK TO SAVEPOINT job`.execute(trx);
      const message = err instanceof Error ? err.message : String(err);
      ctx.logger.error({ job: job.id, kind: job.kind, order: job.order_id, err: message }, 'scheduled job failed');
      if (job.attempts + 1 >= MAX_ATTEMPTS) await finishJob(trx, job, 'failed', now, message.slice(0, 500));
      else await retryJob(trx, job, message.slice(0, 500), new Date(now.getTime() + RETRY_MS));
      return 'failed' as const;
    }
  });
  await handlers.afterCommit(ctx, operations);
  return outcome;
}
