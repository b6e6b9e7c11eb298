import { type AnalystGate, analystClientLimits, analystGrantProblems, createAnalystGate } from '@agora/analytics';
import type { ReadOnlyLimits } from '@agora/analytics';
import type { AppContext } from '../../../context';

// What the SQL page needs once per process: its fair-use gate, its limits, and whether it may run
// at all (on a ClickHouse server: only as an analyst user that holds nothing but SELECT on the
// analytics database).

export interface AnalystSandbox {
  gate: AnalystGate;
  limits: ReadOnlyLimits;
  /** Null when analysts' SQL may run, else why not (also logged once). */
  disabled(): Promise<string | null>;
}

const sandboxes = new WeakMap<AppContext, AnalystSandbox>();

export function analystSandbox(ctx: AppContext): AnalystSandbox {
  let sandbox = sandboxes.get(ctx);
  if (!sandbox) {
    sandbox = createSandbox(ctx);
    sandboxes.set(ctx, sandbox);
  }
  return sandbox;
}

/** Checks the analyst user at start, so a misconfiguration shows in the start-up log. */
export async function startAnalystSql(ctx: AppContext): Promise<void> {
  await analystSandbox(ctx).disabled();
}

function createSandbox(ctx: AppContext): AnalystSandbox {
  const { config } = ctx;
  const limits: ReadOnlyLimits = {
    maxExecutionSeconds: config.ANALYST_QUERY_TIMEOUT_SECONDS,
    maxResultRows: config.ANALYST_QUERY_MAX_ROWS,
    maxMemoryBytes: config.ANALYST_QUERY_MAX_MEMORY_MB * 1024 * 1024,
  };
  const gate = createAnalystGate({
    maxRunning: config.ANALYST_QUERY_CONCURRENCY,
    perAnalyst: config.ANALYST_QUERY_PER_ANALYST,
    maxQueuedPerAnalyst: config.ANALYST_QUERY_QUEUE_PER_ANALYST,
    queueTimeoutMs: config.ANALYST_QUERY_QUEUE_TIMEOUT_MS,
  });
  let checked: Promise<string | null> | null = null;
  const check = async (): Promise<string | null> => {
    const user = ctx.analytics.analystUser;
    if (user === undefined) return null; // the embedded engine: no users; readonly connections and the checks
    if (user === null) return 'CLICKHOUSE_URL is set but CLICKHOUSE_ANALYST_USER is not';
    const problems = await analystGrantProblems(ctx.analytics, user, analystClientLimits(limits));
    return problems.length === 0 ? null : `the ClickHouse user ${user} holds more than SELECT on ${ctx.analytics.database}.*: ${problems.join('; ')}`;
  };
  return {
    gate,
    limits,
    disabled() {
      if (!checked) {
        checked = check().then(
          (reason) => {
            if (reason) ctx.logger.error({ module: 'analyst-query' }, `analysts' SQL is disabled: ${reason} (see the README: ClickHouse analyst user)`);
            return reason;
          },
          (err: unknown) => {
            // Not kept: the next query checks again.
            checked = null;
            ctx.logger.error({ module: 'analyst-query', err }, "could not check the ClickHouse analyst user's grants");
            return 'the ClickHouse analyst user could not be checked';
          },
        );
      }
      return checked;
    },
  };
}
