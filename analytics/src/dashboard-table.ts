import type { DashboardResult } from './dashboards';

const NUMERIC = /^(Nullable\()?(U?Int\d+|Float\d+|Decimal)/;

/** A result as an aligned text table (numbers right-aligned, NULL spelled out) and a row count. */
export function formatTable(result: Pick<DashboardResult, 'columns' | 'rows'>): string {
  const { columns, rows } = result;
  const cell = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  const cells = rows.map((row) => columns.map((c) => cell(row[c.name])));
  const widths = columns.map((c, i) => Math.max(c.name.length, ...cells.map((r) => r[i]!.length)));
  const right = columns.map((c) => NUMERIC.test(c.type));
  const line = (values: string[]) =>
    values
      .map((v, i) => (right[i] ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [line(columns.map((c) => c.name)), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of cells) out.push(line(r));
  out.push(`(${rows.length} ${rows.length === 1 ? 'row' : 'rows'})`);
  return `${out.join('\n')}\n`;
}
