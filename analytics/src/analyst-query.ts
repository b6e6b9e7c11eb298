import type { ClickHouseClient } from '@clickhouse/client';
import type { AnalyticsStore, ReadOnlyLimits } from './clickhouse';
import { assertIdentifier } from './identifier';
import { numericRows } from './dashboards';

// An analyst's own SQL, run on the store's read-only client (ClickHouse enforces readonly=1 and the
// limits). On top of that, a SELECT may read only the analytics database: ClickHouse resolves the
// query (EXPLAIN QUERY TREE) and every table, table function and function it names is checked here,
// because readonly=1 still lets a query read system tables, other databases and — on the embedded
// engine — host files (`file()`, `INTO OUTFILE`).

export type AnalystQueryErrorCode =
  | 'syntax_error'
  | 'read_only'
  | 'select_only'
  | 'table_not_allowed'
  | 'function_not_allowed'
  | 'query_timeout'
  | 'memory_limit'
  | 'query_failed';

export class AnalystQueryError extends Error {
  constructor(readonly code: AnalystQueryErrorCode, message: string) {
    super(message);
    this.name = 'AnalystQueryError';
  }
}

export interface AnalystQueryResult {
  columns: Array<{ name: string; type: string }>;
  rows: Array<Record<string, unknown>>;
  /** More rows matched than `maxResultRows`; `rows` holds the first `maxResultRows`. */
  truncated: boolean;
}

// The numbers() family makes calendars and series; nothing else reads outside the database.
const TABLE_FUNCTIONS = new Set(['numbers', 'numbers_mt', 'zeros', 'zeros_mt', 'generateSeries', 'generate_series']);
// Functions that read files, server configuration or other tables by name (bypassing the table check).
const DENIED_FUNCTION = /^(file|dictGet\w*|dictHas|dictIsIn|joinGet\w*|catboostEvaluate|naiveBayesClassifier|getServerSetting|getMacro|getClientHTTPHeader|filesystem\w+)$/i;
// Statements readonly=1 allows but that would read outside the database or change the session.
const READ_STATEMENT = /^(SHOW|DESCRIBE|DESC|EXISTS|EXPLAIN|USE|CHECK|WATCH)\b/i;

// ClickHouse error codes (src/Common/ErrorCodes.cpp) that the caller can act on.
const ERROR_CODES: Record<string, AnalystQueryErrorCode> = {
  '62': 'syntax_error',
  '164': 'read_only',
  '497': 'read_only',
  '159': 'query_timeout',
  '160': 'query_timeout',
  '241': 'memory_limit',
};
const UNKNOWN_TABLE = '60';
const UNKNOWN_DATABASE = '81';

/** Runs one analyst statement; every refusal is an AnalystQueryError carrying ClickHouse's message. */
export async function runAnalystQuery(store: AnalyticsStore, sql: string, limits: ReadOnlyLimits): Promise<AnalystQueryResult> {
  // One row past the limit tells a truncated result from one that fits exactly.
  const readOnly = await store.readOnly({ ...limits, maxResultRows: limits.maxResultRows + 1 });
  return readOnly.run((client) => analystQuery(client, store.database, sql, limits));
}

async function analystQuery(client: ClickHouseClient, db: string, sql: string, limits: ReadOnlyLimits): Promise<AnalystQueryResult> {
  const database = assertIdentifier(db, 'ClickHouse database');

  // ClickHouse parses the text alone first: syntax errors point into the analyst's own text, and a
  // second statement is refused before anything runs.
  const formatted = await clickhouse(async () => {
    const result = await client.query({ query: 'SELECT formatQuerySingleLine({sql:String}) AS q', query_params: { sql }, format: 'JSONEachRow' });
    return (await result.json<{ q: string }>())[0]!.q;
  }, ': In scope SELECT formatQuerySingleLine');

  if (!/^(SELECT|WITH|\()/i.test(formatted)) {
    if (READ_STATEMENT.test(formatted)) throw new AnalystQueryError('select_only', 'only SELECT queries may be run here');
    // A write: sent as is, so the refusal is ClickHouse's own (readonly=1 on this client).
    await clickhouse(() => client.command({ query: sql }));
    throw new AnalystQueryError('select_only', 'only SELECT queries may be run here');
  }
  // A false positive (the words inside a string literal) only refuses a query; it never lets one through.
  if (/\bINTO OUTFILE\b/i.test(formatted)) throw new AnalystQueryError('select_only', 'INTO OUTFILE is not allowed: results are returned as JSON');

  const tree = await clickhouse(async () => {
    const result = await client.query({ query: `EXPLAIN QUERY TREE ${sql}`, format: 'JSONEachRow' });
    return (await result.json<{ explain: string }>()).map((line) => line.explain);
  }, null, 'the query cannot have a FORMAT clause: results are returned as JSON', database);
  checkScope(tree, database);

  return clickhouse(async () => {
    const result = await client.query({ query: sql, format: 'JSON' });
    const body = await result.json<Record<string, unknown>>();
    const columns = (body.meta ?? []).map((c) => ({ name: c.name, type: c.type }));
    const rows = numericRows(columns, body.data);
    return { columns, rows: rows.slice(0, limits.maxResultRows), truncated: rows.length > limits.maxResultRows };
  });
}

const tableNotAllowed = (database: string, table: string) =>
  new AnalystQueryError('table_not_allowed', `only tables of the ${database} database may be read, not ${table}`);

function checkScope(tree: string[], database: string): void {
  for (const line of tree) {
    const table = /\btable_name: (\S+)/.exec(line)?.[1];
    if (table !== undefined && !table.startsWith(`${database}.`) && table !== 'system.one') throw tableNotAllowed(database, table);
    const tableFunction = /\btable_function_name: (\S+)/.exec(line)?.[1];
    if (tableFunction !== undefined && !TABLE_FUNCTIONS.has(tableFunction)) {
      throw new AnalystQueryError('function_not_allowed', `table function ${tableFunction}() is not allowed; tables of the ${database} database and ${[...TABLE_FUNCTIONS].join(', ')} are`);
    }
    const fn = /\bfunction_name: (\w+)/.exec(line)?.[1];
    if (fn !== undefined && DENIED_FUNCTION.test(fn)) throw new AnalystQueryError('function_not_allowed', `function ${fn}() is not allowed here`);
  }
}

/**
 * Runs one ClickHouse call, turning its errors into AnalystQueryErrors with the server's message.
 * `scope` trims the part of a message that describes our wrapper rather than the analyst's query;
 * `syntaxHint` replaces a syntax error (one the parser alone accepted, so caused by the wrapper).
 * With `database`, an unknown table or database outside it is refused like an existing one, so
 * the answer never tells what exists elsewhere.
 */
async function clickhouse<T>(run: () => Promise<T>, scope: string | null = null, syntaxHint?: string, database?: string): Promise<T> {
  try {
    return await run();
  } catch (err) {
    // Duck-typed: chdb and the client each bundle their own ClickHouseError class.
    const e = err as { code?: unknown; message?: unknown };
    if (typeof e.code !== 'string' || !/^\d+$/.test(e.code) || typeof e.message !== 'string') throw err;
    const code = ERROR_CODES[e.code] ?? 'query_failed';
    if (code === 'syntax_error' && syntaxHint) throw new AnalystQueryError('select_only', syntaxHint);
    if (database && (e.code === UNKNOWN_TABLE || e.code === UNKNOWN_DATABASE)) {
      const name = /identifier '([^']+)'/.exec(e.message)?.[1] ?? /Database `?(\w+)`? does(?:n't| not) exist/.exec(e.message)?.[1];
      if (name && (e.code === UNKNOWN_DATABASE ? name !== database : name.includes('.') && !name.startsWith(`${database}.`))) throw tableNotAllowed(database, name);
    }
    const cut = scope ? e.message.indexOf(scope) : -1;
    throw new AnalystQueryError(code, (cut >= 0 ? e.message.slice(0, cut) : e.message).trim());
  }
}
