import type { QueryResult } from '../types';

// How a query result becomes a chart, from its shape alone: a time column → a line chart over time;
// else a text dimension → bars; a numeric measure on the y axis (the user may pick another); rows
// split into series by a low-cardinality column (currency, model_version, month_offset…).

export type ChartSpec = {
  kind: 'line' | 'bar';
  /** The x axis column; for a line chart its values are epoch milliseconds in `data`. */
  x: string;
  measure: string;
  /** Numeric columns the user may chart instead. */
  measures: string[];
  split: string | null;
  /** One key per series in `data` (the measure itself when there is no split). */
  series: string[];
  data: Record<string, string | number | null>[];
};

const NUMERIC = /^(Nullable\()?(U?Int\d+|Float\d+|Decimal)/;
const TIME_TYPE = /^(Nullable\()?(Date|DateTime)/;
const TIME_TEXT = /^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z)?$/;
const MAX_SERIES = 8;
const MAX_BARS = 50;

const isNumericColumn = (type: string) => NUMERIC.test(type);
const distinct = (rows: QueryResult['rows'], column: string) => new Set(rows.map((r) => String(r[column])));

/** Epoch ms of a ClickHouse date or date-time printed in UTC (with or without time, "T" or " "). */
export function timeValue(value: unknown): number {
  const text = String(value);
  if (!TIME_TEXT.test(text)) return Number.NaN;
  const iso = text.length === 10 ? `${text}T00:00:00Z` : `${text.replace(' ', 'T')}${text.endsWith('Z') ? '' : 'Z'}`;
  return Date.parse(iso);
}

function isTimeColumn(result: QueryResult, column: { name: string; type: string }): boolean {
  if (TIME_TYPE.test(column.type)) return true;
  // Dashboards print buckets with toString(): text that is a date in every row.
  return column.type.includes('String') && result.rows.length > 0 && result.rows.every((r) => !Number.isNaN(timeValue(r[column.name])));
}

/** The chart for `result`, or null when it has no numeric column or nothing to put on the x axis. */
export function chartSpec(result: QueryResult, preferredMeasure?: string): ChartSpec | null {
  const { columns, rows } = result;
  if (rows.length === 0) return null;
  const measures = columns.filter((c) => isNumericColumn(c.type)).map((c) => c.name);
  const time = columns.find((c) => isTimeColumn(result, c));
  const text = columns.find((c) => c !== time && !isNumericColumn(c.type) && distinct(rows, c.name).size > 1);
  const xColumn = time ?? text;
  if (!xColumn) return null;

  // A split: another column with few values that, with x, tells the rows apart.
  const xValues = distinct(rows, xColumn.name).size;
  const split =
    xValues === rows.length
      ? null
      : (columns
          .filter((c) => c !== xColumn)
          .sort((a, b) => Number(isNumericColumn(a.type)) - Number(isNumericColumn(b.type)))
          .find((c) => {
            const values = distinct(rows, c.name).size;
            return values > 1 && values <= MAX_SERIES && new Set(rows.map((r) => `${r[xColumn.name]}\u0000${r[c.name]}`)).size === rows.length;
          })?.name ?? null);
  const candidates = measures.filter((m) => m !== split && m !== xColumn.name);
  if (candidates.length === 0) return null;
  const measure = preferredMeasure && candidates.includes(preferredMeasure) ? preferredMeasure : candidates[0]!;

  const kind = time ? 'line' : 'bar';
  const byX = new Map<string, Record<string, string | number | null>>();
  for (const row of rows) {
    const key = String(row[xColumn.name]);
    const point = byX.get(key) ?? { [xColumn.name]: kind === 'line' ? timeValue(row[xColumn.name]) || Date.parse(key) : key };
    const value = row[measure];
    point[split ? String(row[split]) : measure] = value === null || value === undefined ? null : Number(value);
    byX.set(key, point);
  }
  let data = [...byX.values()];
  if (kind === 'line') data.sort((a, b) => Number(a[xColumn.name]) - Number(b[xColumn.name]));
  else data = data.slice(0, MAX_BARS);
  const series = split ? [...distinct(rows, split)].sort() : [measure];
  return { kind, x: xColumn.name, measure, measures: candidates, split, series, data };
}
