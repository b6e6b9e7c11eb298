import type { ClickHouseClient } from '@clickhouse/client';
import { checkAst, checkFormattedText, parseAst } from './analyst-ast';
import { AnalystQueryError, type AnalystQueryErrorCode } from './analyst-errors';
import { type AggregateFunctions, loadAggregateFunctions } from './analyst-functions';
import type { AnalyticsStore, ReadOnlyLimits } from './clickhouse';
import { numericRows } from './dashboards';

// An analyst's own SQL. Whether it may run is decided from a parse alone (nothing is evaluated
// before the allowlists of analyst-ast.ts have passed it), and what runs is the statement that was
// checked: ClickHouse's own formatting of the parsed text. It runs on the store's read-only client
// (readonly=1 and the limits; on a server, as the analyst user holding only SELECT on the database).

export { AnalystQueryError, type AnalystQueryErrorCode } from './analyst-errors';

export interface AnalystQueryResult {
  columns: Array<{ name: string; type: string }>;
  rows: Array<Record<string, unknown>>;
  /** More rows matched than `maxResultRows`; `rows` holds the first `maxResultRows`. */
  truncated: boolean;
}

// ClickHouse error codes (src/Common/ErrorCodes.cpp) that the caller can act on.
const ERROR_CODES: Record<string, AnalystQueryErrorCode> = {
  '62': 'syntax_error',
  '164': 'read_only',
  '497': 'read_only',
  '159': 'query_timeout',
  '160': 'query_timeout',
  '241': 'memory_limit',
};
const READONLY = '164';
const SUBSTITUTION_NOT_SET = '456';
// Messages go back to the analyst: ClickHouse's first lines are enough to fix a query.
const MAX_MESSAGE = 1000;

/**
 * The text with what cannot be stored replaced by U+FFFD: a lone surrogate (no UTF-8 encoding;
 * with the u flag a character class matches only unpaired ones) and NUL (jsonb refuses it).
 */
export function storableText(sql: string): string {
  return sql.replace(/[\uD800-\uDFFF\0]/gu, '\uFFFD');
}

const aggregateCache = new WeakMap<ClickHouseClient, Promise<AggregateFunctions>>();

/** The built-in aggregate functions, asked once per store on the app's own client. */
export function aggregateFunctions(store: AnalyticsStore): Promise<AggregateFunctions> {
  let cached = aggregateCache.get(store.client);
  if (!cached) {
    cached = loadAggregateFunctions(store.client);
    aggregateCache.set(store.client, cached);
    cached.catch(() => aggregateCache.delete(store.client));
  }
  return cached;
}

/**
 * Parses `sql` and checks it; returns the statement to run (ClickHouse's formatting of it) or
 * throws an AnalystQueryError. The text reaches ClickHouse first as a string value
 * (formatQuerySingleLine), then — one statement, formatted by ClickHouse — inside EXPLAIN AST,
 * which parses only.
 */
export async function checkAnalystQuery(client: ClickHouseClient, sql: string, database: string, aggregates: AggregateFunctions): Promise<string> {
  if (storableText(sql) !== sql) throw new AnalystQueryError('invalid_text', 'the SQL text has a lone surrogate or a NUL character');
  // Syntax errors point into the analyst's own text; a second statement is a syntax error.
  const formatted = await clickhouse(async () => {
    const result = await client.query({ query: 'SELECT formatQuerySingleLine({sql:String}) AS q', query_params: { sql }, format: 'JSONEachRow' });
    return (await result.json<{ q: string }>())[0]!.q;
  }, ': In scope SELECT formatQuerySingleLine');
  if (!/^(SELECT|WITH|\()/i.test(formatted)) throw new AnalystQueryError('select_only', 'only a single SELECT may be run here');
  checkFormattedText(formatted);

  const lines = await clickhouse(
    async () => {
      // exec sends the text as is (query() would append a FORMAT, which the parser gives the SELECT).
      const result = await client.exec({ query: `EXPLAIN AST ${formatted}`, clickhouse_settings: { default_format: 'JSONEachRow' } });
      let text = '';
      for await (const chunk of result.stream) text += String(chunk);
      return text
        .split('\n')
        .filter((row) => row !== '')
        .map((row) => (JSON.parse(row) as { explain: string }).explain);
    },
    null,
    (code) => {
      // EXPLAIN applies the SELECT's own SETTINGS, which readonly=1 refuses.
      if (code === READONLY) return new AnalystQueryError('settings_not_allowed', 'a SETTINGS clause is not allowed here: the limits are fixed');
      if (code === SUBSTITUTION_NOT_SET) return new AnalystQueryError('select_only', 'query parameters ({name:Type}) are not supported here: write the values');
      return null;
    },
  );
  checkAst(parseAst(lines), { database, aggregates });
  return formatted;
}

/** Runs a statement checkAnalystQuery returned. */
export async function executeAnalystQuery(client: ClickHouseClient, statement: string, limits: ReadOnlyLimits): Promise<AnalystQueryResult> {
  return clickhouse(async () => {
    const result = await client.query({ query: statement, format: 'JSON' });
    const body = await result.json<Record<string, unknown>>();
    const columns = (body.meta ?? []).map((c) => ({ name: c.name, type: c.type }));
    const rows = numericRows(columns, body.data);
    return { columns, rows: rows.slice(0, limits.maxResultRows), truncated: rows.length > limits.maxResultRows };
  });
}

/** The read-only client's limits for analysts: one row past the limit tells a truncated result from one that fits. */
export function analystClientLimits(limits: ReadOnlyLimits): ReadOnlyLimits {
  return { ...limits, maxResultRows: limits.maxResultRows + 1 };
}

/** Checks and runs one analyst statement, without fair-use queueing or audit (the API adds both). */
export async function runAnalystQuery(store: AnalyticsStore, sql: string, limits: ReadOnlyLimits): Promise<AnalystQueryResult> {
  const aggregates = await aggregateFunctions(store);
  const readOnly = await store.readOnly(analystClientLimits(limits));
  return readOnly.run(async (client) => executeAnalystQuery(client, await checkAnalystQuery(client, sql, store.database, aggregates), limits));
}

/**
 * Runs one ClickHouse call, turning its errors into AnalystQueryErrors with the server's message.
 * `scope` trims the part of a message that describes our wrapper rather than the analyst's query;
 * `special` maps a code to an error of its own.
 */
async function clickhouse<T>(run: () => Promise<T>, scope: string | null = null, special?: (code: string) => AnalystQueryError | null): Promise<T> {
  try {
    return await run();
  } catch (err) {
    // Duck-typed: chdb and the client each bundle their own ClickHouseError class.
    const e = err as { code?: unknown; message?: unknown };
    if (typeof e.code !== 'string' || !/^\d+$/.test(e.code) || typeof e.message !== 'string') throw err;
    const mapped = special?.(e.code);
    if (mapped) throw mapped;
    const cut = scope ? e.message.indexOf(scope) : -1;
    const message = (cut >= 0 ? e.message.slice(0, cut) : e.message).trim();
    throw new AnalystQueryError(ERROR_CODES[e.code] ?? 'query_failed', message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message);
  }
}
