import { randomUUID } from 'node:crypto';
import { aggregateFunctions, analystClientLimits, AnalystQueryError, type AnalystQueryResult, checkAnalystQuery, executeAnalystQuery, storableText } from '@agora/analytics';
import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { appendAudit } from '../audit';
import { analystSandbox } from './analyst-sandbox';

export const MAX_SQL_LENGTH = 100_000;

const auditQuery = (ctx: AppContext, actorId: string, entityId: string, action: string, details: Record<string, unknown>) =>
  inTransaction(ctx.db, (trx) => appendAudit(trx, { actorId, action, entityType: 'analytics_query', entityId, details, at: ctx.clock.now() }));

/**
 * A request refused before it reached the sandbox (ill-formed text, an empty or over-long one): audited
 * like every other refusal, with whatever SQL text it carried made storable.
 */
export async function auditRefusedInput(ctx: AppContext, staffId: string, body: unknown, code: string): Promise<void> {
  const sql = (body as { sql?: unknown } | null)?.sql;
  // Cut at the route's own maximum: a refused 1 MB text is not kept whole.
  const details = { sql: typeof sql === 'string' ? storableText(sql.slice(0, MAX_SQL_LENGTH)) : null, verdict: `refused:${code}` };
  await auditQuery(ctx, staffId, randomUUID(), 'analytics.query', details);
}

/**
 * Runs an analyst's SQL, audited. The verdict (`accepted` or `refused:<code>`) is recorded with who
 * sent it and the text as sent before the statement is run — refusals too — and the outcome (rows
 * or error, duration) in a second entry with the same entity id. Text that could not be stored never
 * gets here: request validation refuses it, and auditRefusedInput records that refusal.
 */
export async function runAuditedQuery(ctx: AppContext, staffId: string, sql: string): Promise<AnalystQueryResult> {
  const sandbox = analystSandbox(ctx);
  const entityId = randomUUID();
  const audit = (action: string, details: Record<string, unknown>) => auditQuery(ctx, staffId, entityId, action, details);
  const refuse = async (err: unknown): Promise<never> => {
    if (err instanceof AnalystQueryError) await audit('analytics.query', { sql, verdict: `refused:${err.code}` });
    throw err;
  };

  const disabled = await sandbox.disabled();
  if (disabled) return refuse(new AnalystQueryError('sql_disabled', "analysts' SQL is disabled on this server: see its log"));
  const release = await sandbox.gate.acquire(staffId).catch(refuse);
  try {
    const aggregates = await aggregateFunctions(ctx.analytics);
    const readOnly = await ctx.analytics.readOnly(analystClientLimits(sandbox.limits));
    return await readOnly.run(async (client) => {
      const statement = await checkAnalystQuery(client, sql, ctx.analytics.database, aggregates).catch(refuse);
      await audit('analytics.query', { sql, verdict: 'accepted' });
      const started = performance.now();
      const outcome = await executeAnalystQuery(client, statement, sandbox.limits).then(
        (result) => ({ ok: true as const, result }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const duration_ms = Math.round(performance.now() - started);
      await audit(
        'analytics.query.result',
        outcome.ok
          ? { rows: outcome.result.rows.length, truncated: outcome.result.truncated, duration_ms }
          : { error: (outcome.error as { code?: unknown }).code ?? 'internal', duration_ms },
      );
      if (!outcome.ok) throw outcome.error;
      return outcome.result;
    });
  } finally {
    release();
  }
}
