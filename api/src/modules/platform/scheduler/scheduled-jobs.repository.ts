import { type QueryCreator, type Selectable, sql, type Transaction } from 'kysely';
import type { DB, ScheduledJobsTable } from '../../../db/schema';

export type ScheduledJob = Selectable<ScheduledJobsTable>;

/** A job to run on an order at `dueAt`; `kind` names its handler. */
export interface JobRequest {
  kind: string;
  orderId: string;
  dueAt: Date;
}

/**
 * Schedules jobs as one statement, to run alone or inside a caller's data-modifying CTE. An order has
 * at most one pending job of a kind: scheduling it again moves its due time.
 */
export function scheduleJobsQuery(db: QueryCreator<DB>, jobs: JobRequest[], now: Date) {
  const rows = jobs.map((job) => ({ kind: job.kind, order_id: job.orderId, due_at: job.dueAt, status: 'pending' as const, created_at: now }));
  // The partial index's predicate as a literal: a parameter would not match it under a generic plan.
  return db
    .insertInto('scheduled_jobs')
    .values(rows)
    .onConflict((oc) =>
      oc
        .columns(['order_id', 'kind'])
        .where('status', '=', sql.lit('pending'))
        .doUpdateSet((eb) => ({ due_at: eb.ref('excluded.due_at') })),
    );
}

export async function scheduleJob(trx: Transaction<DB>, job: JobRequest, now: Date): Promise<void> {
  await scheduleJobsQuery(trx, [job], now).execute();
}

/** Ends the order's pending jobs as `skipped` (what the runner would record when they fell due), as one statement. */
export function skipPendingJobsQuery(db: QueryCreator<DB>, orderId: string, now: Date) {
  return db.updateTable('scheduled_jobs').set({ status: 'skipped', finished_at: now }).where('order_id', '=', orderId).where('status', '=', sql.lit('pending'));
}

/** Claims the earliest due pending job, skipping rows another worker holds. */
export function claimDueJob(trx: Transaction<DB>, now: Date): Promise<ScheduledJob | undefined> {
  return trx
    .selectFrom('scheduled_jobs')
    .selectAll()
    .where('status', '=', 'pending')
    .where('due_at', '<=', now)
    .orderBy('due_at')
    .limit(1)
    .forUpdate()
    .skipLocked()
    .executeTakeFirst();
}

export async function finishJob(trx: Transaction<DB>, job: ScheduledJob, status: 'done' | 'skipped' | 'failed', now: Date, lastError: string | null = null): Promise<void> {
  await trx
    .updateTable('scheduled_jobs')
    .set({ status, finished_at: now, attempts: job.attempts + 1, last_error: lastError })
    .where('id', '=', job.id)
    .execute();
}

export async function retryJob(trx: Transaction<DB>, job: ScheduledJob, lastError: string, dueAt: Date): Promise<void> {
  await trx
    .updateTable('scheduled_jobs')
    .set({ attempts: job.attempts + 1, last_error: lastError, due_at: dueAt })
    .where('id', '=', job.id)
    .execute();
}
