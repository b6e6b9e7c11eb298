import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnalyticsStore } from './clickhouse';
import { assertIdentifier } from './identifier';

// Analyst dashboards: one `.sql` file each under analytics/dashboards. The file's leading `--`
// block is its documentation and contract:
//
//   -- Title: GMV and take rate over time
//   -- Question: How much ... ?            (continuation lines indented)
//   -- Params:
//   --   {from:DateTime64(3, 'UTC')} description [default: ...] [one of: a, b]
//   -- Notes: ...
//
// The body uses only ClickHouse query parameters (`{name:Type}`) and the `{{database}}`
// placeholder, which is replaced by the store's validated identifier (as migrations do).

export const DASHBOARDS_DIR = join(__dirname, '..', 'dashboards');
const DATABASE_PLACEHOLDER = /\{\{database\}\}/g;
const NAME = /^[a-z][a-z0-9_]{0,62}$/;
const PARAM_LINE = /^\{([A-Za-z_][A-Za-z0-9_]*):([^{}]+)\}\s*(.*)$/;
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*):([^{}]+)\}/g;

export type DashboardParamType = 'String' | 'UInt8' | 'UInt16' | 'UInt32' | 'UInt64' | 'Int32' | 'Int64' | 'Float64' | 'Date' | "DateTime64(3, 'UTC')";

const INTEGER_RANGES: Record<string, readonly [bigint, bigint]> = {
  UInt8: [0n, 255n],
  UInt16: [0n, 65_535n],
  UInt32: [0n, 4_294_967_295n],
  UInt64: [0n, 18_446_744_073_709_551_615n],
  Int32: [-2_147_483_648n, 2_147_483_647n],
  Int64: [-9_223_372_036_854_775_808n, 9_223_372_036_854_775_807n],
};
const SUPPORTED_TYPES: readonly string[] = [...Object.keys(INTEGER_RANGES), 'String', 'Float64', 'Date', "DateTime64(3, 'UTC')"];

export interface DashboardParam {
  name: string;
  type: DashboardParamType;
  description: string;
  /** Used when the caller does not give the parameter; absent means required. */
  default?: string;
  /** The only values a String parameter accepts. */
  oneOf?: string[];
}

export interface Dashboard {
  name: string;
  title: string;
  question: string;
  notes: string;
  params: DashboardParam[];
  /** The query with `{{database}}` still in place. */
  sql: string;
}

export type DashboardErrorCode = 'unknown_dashboard' | 'invalid_dashboard' | 'unknown_param' | 'missing_param' | 'invalid_param';

/** A caller's mistake (bad name or parameter) or a malformed dashboard file; the message says which. */
export class DashboardError extends Error {
  /** `param`: the parameter at fault, for the param errors. */
  constructor(
    readonly code: DashboardErrorCode,
    message: string,
    readonly param?: string,
  ) {
    super(message);
    this.name = 'DashboardError';
  }
}

export type ParamValue = string | number | bigint | Date;

export interface DashboardResult {
  dashboard: Dashboard;
  columns: Array<{ name: string; type: string }>;
  /** Numbers as numbers when they fit exactly in a JS number, else as ClickHouse printed them. */
  rows: Array<Record<string, unknown>>;
}

/** Parses one dashboard file; throws `invalid_dashboard` when its header and body disagree. */
export function parseDashboard(name: string, text: string): Dashboard {
  const fail = (why: string) => new DashboardError('invalid_dashboard', `dashboard ${name}: ${why}`);
  const lines = text.split('\n');
  const headerEnd = lines.findIndex((line) => !line.trimStart().startsWith('--'));
  const header = (headerEnd === -1 ? lines : lines.slice(0, headerEnd)).map((line) => line.trimStart().slice(2));
  const sections: Record<string, string[]> = {};
  let current: string | null = null;
  for (const line of header) {
    const key = /^ (Title|Question|Params|Notes):\s*(.*)$/.exec(line);
    if (key) {
      current = key[1]!;
      if (sections[current]) throw fail(`duplicate "${current}:" in the header`);
      sections[current] = key[2] ? [key[2]] : [];
    } else if (current && line.trim() !== '') {
      sections[current]!.push(line.trim());
    }
  }
  const title = sections.Title?.join(' ') ?? '';
  const question = sections.Question?.join(' ') ?? '';
  if (!title) throw fail('the header has no "-- Title:" line');
  if (!question) throw fail('the header has no "-- Question:" line');

  const params: DashboardParam[] = [];
  for (const line of sections.Params ?? []) {
    const m = PARAM_LINE.exec(line);
    if (!m) {
      // A description that wrapped onto the next line.
      const last = params[params.length - 1];
      if (!last) throw fail(`cannot read parameter line ${JSON.stringify(line)}`);
      last.description = `${last.description} ${line}`;
      continue;
    }
    const [, pname, ptype, rest] = m as unknown as [string, string, string, string];
    if (!SUPPORTED_TYPES.includes(ptype)) throw fail(`parameter ${pname} has unsupported type ${ptype} (supported: ${SUPPORTED_TYPES.join(', ')})`);
    if (params.some((p) => p.name === pname)) throw fail(`parameter ${pname} is declared twice`);
    params.push({ name: pname, type: ptype as DashboardParamType, description: rest });
  }
  for (const p of params) {
    const oneOf = /\[one of: ([^\]]+)\]/.exec(p.description);
    if (oneOf) p.oneOf = oneOf[1]!.split(',').map((v) => v.trim());
    const def = /\[default: ([^\]]+)\]/.exec(p.description);
    p.description = p.description.replace(/\s*\[(one of|default): [^\]]+\]/g, '').trim();
    if (def) p.default = def[1]!.trim();
  }

  const body = lines
    .slice(headerEnd === -1 ? lines.length : headerEnd)
    .join('\n')
    .trim()
    .replace(/;$/, '')
    .trimEnd();
  if (!body) throw fail('the file has no query after its header');
  // No `;` inside: one statement, so a file can never smuggle a second one (nor a string holding `;`).
  if (body.includes(';')) throw fail('a dashboard is exactly one statement, with no ";" inside');
  const used = new Map<string, string>();
  for (const m of body.matchAll(PLACEHOLDER)) {
    const [, pname, ptype] = m as unknown as [string, string, string];
    const declared = params.find((p) => p.name === pname);
    if (!declared) throw fail(`the query uses {${pname}:${ptype}} but the header does not declare it`);
    if (declared.type !== ptype) throw fail(`the query uses {${pname}:${ptype}} but the header declares ${declared.type}`);
    used.set(pname, ptype);
  }
  for (const p of params) if (!used.has(p.name)) throw fail(`parameter ${p.name} is declared but the query never uses it`);
  const dashboard: Dashboard = { name, title, question, notes: sections.Notes?.join(' ') ?? '', params, sql: body };
  // A default must itself be valid, so a bad file fails when loaded, not when first run.
  for (const p of params) {
    if (p.default === undefined) continue;
    try {
      bindValue(dashboard, p, p.default);
    } catch (err) {
      throw err instanceof DashboardError ? fail(`default of ${err.message}`) : err;
    }
  }
  return dashboard;
}

const dashboardNames = async (dir: string) =>
  (await readdir(dir))
    .filter((file) => file.endsWith('.sql'))
    .map((file) => file.slice(0, -'.sql'.length))
    .sort();

/** Every dashboard, sorted by name. */
export async function listDashboards(dir: string = DASHBOARDS_DIR): Promise<Dashboard[]> {
  // The directory is listed once, not again for each file.
  const names = await dashboardNames(dir);
  return Promise.all(names.map((name) => readDashboard(name, dir, names)));
}

/** One dashboard by name; an unknown name is an `unknown_dashboard` error listing the known ones. */
export async function loadDashboard(name: string, dir: string = DASHBOARDS_DIR): Promise<Dashboard> {
  return readDashboard(name, dir, await dashboardNames(dir));
}

async function readDashboard(name: string, dir: string, names: string[]): Promise<Dashboard> {
  // The name becomes a path: only a listed, plain name is ever read.
  if (!NAME.test(name) || !names.includes(name)) {
    throw new DashboardError('unknown_dashboard', `unknown dashboard ${JSON.stringify(name)}; dashboards: ${names.join(', ')}`);
  }
  return parseDashboard(name, await readFile(join(dir, `${name}.sql`), 'utf8'));
}

/**
 * Checks the caller's values against the dashboard's declared parameters and returns them in the
 * text form ClickHouse parses for each type. Unknown, missing and malformed parameters are
 * reported by name.
 */
export function bindParams(dashboard: Dashboard, values: Readonly<Record<string, ParamValue | undefined>>): Record<string, string> {
  const known = dashboard.params.map((p) => p.name);
  for (const name of Object.keys(values)) {
    if (!known.includes(name)) {
      const takes = known.length ? `it takes: ${known.join(', ')}` : 'it takes none';
      throw new DashboardError('unknown_param', `unknown parameter ${JSON.stringify(name)} for dashboard ${dashboard.name}; ${takes}`, name);
    }
  }
  const bound: Record<string, string> = {};
  for (const p of dashboard.params) {
    const value = values[p.name] ?? p.default;
    if (value === undefined) {
      throw new DashboardError('missing_param', `missing parameter ${JSON.stringify(p.name)} (${p.type}) for dashboard ${dashboard.name}: ${p.description}`, p.name);
    }
    bound[p.name] = bindValue(dashboard, p, value);
  }
  return bound;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function bindValue(dashboard: Dashboard, p: DashboardParam, value: ParamValue): string {
  const invalid = (why: string) => new DashboardError('invalid_param', `invalid parameter ${JSON.stringify(p.name)} for dashboard ${dashboard.name}: ${why}`, p.name);
  const shown = value instanceof Date ? value.toISOString() : String(value);
  switch (p.type) {
    case 'String': {
      if (typeof value !== 'string') throw invalid(`expected a string, got ${shown}`);
      if (p.oneOf && !p.oneOf.includes(value)) throw invalid(`${JSON.stringify(value)} is not one of ${p.oneOf.join(', ')}`);
      return value;
    }
    case 'Float64': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
      if (!Number.isFinite(n)) throw invalid(`expected a finite number, got ${JSON.stringify(shown)}`);
      return String(n);
    }
    case 'Date': {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
      if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)) || new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
        throw invalid(`expected a date YYYY-MM-DD, got ${JSON.stringify(shown)}`);
      }
      return text;
    }
    case "DateTime64(3, 'UTC')": {
      // A time without an explicit zone would silently mean the machine's local time.
      if (!(value instanceof Date) && !(typeof value === 'string' && ISO_INSTANT.test(value))) {
        throw invalid(`expected an ISO 8601 instant with a zone such as 2026-11-01T00:00:00Z (or a date 2026-11-01, read as UTC), got ${JSON.stringify(shown)}`);
      }
      const date = value instanceof Date ? value : new Date(value);
      if (Number.isNaN(date.getTime())) throw invalid(`not a valid time: ${JSON.stringify(shown)}`);
      // 'YYYY-MM-DD hh:mm:ss.sss', read in the parameter type's UTC zone, to the millisecond.
      return date.toISOString().replace('T', ' ').replace('Z', '');
    }
    default: {
      const range = INTEGER_RANGES[p.type];
      const text = typeof value === 'bigint' || typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
      if (!range || !/^-?\d+$/.test(text)) throw invalid(`expected an integer (${p.type}), got ${JSON.stringify(shown)}`);
      const n = BigInt(text);
      if (n < range[0] || n > range[1]) throw invalid(`${text} is out of range for ${p.type} (${range[0]}..${range[1]})`);
      return n.toString();
    }
  }
}

const NUMERIC = /^(Nullable\()?(U?Int\d+|Float\d+|Decimal)/;

/** Runs a dashboard with validated parameters against the store's database. */
export async function runDashboard(
  store: AnalyticsStore,
  name: string,
  values: Readonly<Record<string, ParamValue | undefined>>,
  opts: { dir?: string } = {},
): Promise<DashboardResult> {
  const dashboard = await loadDashboard(name, opts.dir);
  const params = bindParams(dashboard, values);
  const database = assertIdentifier(store.database, 'ClickHouse database');
  const result = await store.client.query({
    query: dashboard.sql.replace(DATABASE_PLACEHOLDER, database),
    query_params: params,
    format: 'JSON',
  });
  const body = await result.json<Record<string, unknown>>();
  const columns = (body.meta ?? []).map((c) => ({ name: c.name, type: c.type }));
  return { dashboard, columns, rows: numericRows(columns, body.data) };
}

/** Rows with 64-bit integers (quoted by ClickHouse) as numbers when they fit exactly in a JS number. */
export function numericRows(columns: ReadonlyArray<{ name: string; type: string }>, data: ReadonlyArray<Record<string, unknown>>): Array<Record<string, unknown>> {
  const numeric = new Set(columns.filter((c) => NUMERIC.test(c.type)).map((c) => c.name));
  return data.map((row) => {
    const out: Record<string, unknown> = {};
    for (const { name: column } of columns) {
      const v = row[column];
      out[column] = numeric.has(column) && typeof v === 'string' && Number.isSafeInteger(Number(v)) ? Number(v) : v;
    }
    return out;
  });
}
