import { sql } from 'kysely';
import { defineCheck } from './check';

// The worker retries with backoff for a few minutes; an hour pending means it is stuck.
const STUCK_AFTER_MS = 3_600_000;

/** Provider calls that gave up (money moved in the ledger but not at the provider) or are stuck. */
export const providerOperations = defineCheck('provider_operations', 'no provider operation has failed, and none has been pending for over an hour', async (db, now) => {
  const { rows } = await sql<{
    id: string;
    kind: string;
    status: string;
    attempts: number;
    last_error: string | null;
    created_at: Date;
    order_id: string | null;
    payout_id: string | null;
  }>`
      SELECT id, kind, status, attempts, last_error, created_at, order_id, payout_id
      FROM provider_operations
      WHERE status = 'failed' OR (status = 'pending' AND created_at < ${new Date(now.getTime() - STUCK_AFTER_MS)})
      ORDER BY created_at, id`.execute(db);
  return rows.map((r) => {
    const subject = r.order_id ? ` for order ${r.order_id}` : r.payout_id ? ` for payout ${r.payout_id}` : '';
    const error = r.last_error ? `; last error: ${r.last_error}` : '';
    return {
      entity: `provider_operation:${r.id}`,
      detail:
        r.status === 'failed'
          ? `${r.kind}${subject} failed after ${r.attempts} attempts${error}`
          : `${r.kind}${subject} pending since ${r.created_at.toISOString()} (${r.attempts} attempts)${error}`,
    };
  });
});
