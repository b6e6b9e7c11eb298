import { randomUUID } from 'node:crypto';
import { type AnalystQueryResult, runAnalystQuery } from '@agora/analytics';
import type { AppContext } from '../../context';
import { appendAudit } from '../audit';

type AnalystQueryOutcome = { ok: true; result: AnalystQueryResult } | { ok: false; error: unknown };

/**
 * Runs an analyst's SQL within the configured limits and audits it — the text, who ran it, how
 * many rows came back or which error, and how long it took — whether ClickHouse ran or refused it.
 * The audit entry is written before the answer goes out: no result without its record.
 */
export async function runAuditedQuery(ctx: AppContext, staffId: string, sql: string): Promise<AnalystQueryResult> {
  const started = performance.now();
  const outcome: AnalystQueryOutcome = await runAnalystQuery(ctx.analytics, sql, {
    maxExecutionSeconds: ctx.config.ANALYST_QUERY_TIMEOUT_SECONDS,
    maxResultRows: ctx.config.ANALYST_QUERY_MAX_ROWS,
    maxMemoryBytes: ctx.config.ANALYST_QUERY_MAX_MEMORY_MB * 1024 * 1024,
  }).then((result) => ({ ok: true as const, result }), (error: unknown) => ({ ok: false as const, error }));
  const durationMs = Math.round(performance.now() - started);
  const details = outcome.ok
    ? { sql, rows: outcome.result.rows.length, truncated: outcome.result.truncated, duration_ms: durationMs }
    : { sql, error: (outcome.error as { code?: unknown }).code ?? 'internal', duration_ms: durationMs };
  await ctx.db.transaction().execute((trx) =>
    appendAudit(trx, { actorId: staffId, action: 'analytics.query', entityType: 'analytics_query', entityId: randomUUID(), details, at: ctx.clock.now() }),
  );
  if (!outcome.ok) throw outcome.error;
  return outcome.result;
}
