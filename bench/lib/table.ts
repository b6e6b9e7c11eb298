// Tables for benchmark output: aligned plain text for the terminal, GitHub markdown for files.

export type Cell = string | number | null | undefined;
export type Align = 'left' | 'right';

export interface Table {
  headers: string[];
  rows: Cell[][];
  /** Per column; numbers default to right, text to left. */
  align?: Align[];
}

const text = (c: Cell): string => (c === null || c === undefined ? '—' : String(c));

function alignments(t: Table): Align[] {
  return t.headers.map((_, i) => t.align?.[i] ?? (t.rows.some((r) => typeof r[i] === 'number') ? 'right' : 'left'));
}

export function renderText(t: Table): string {
  const align = alignments(t);
  const cells = [t.headers, ...t.rows.map((r) => r.map(text))];
  const widths = t.headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => (align[i] === 'right' ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function renderMarkdown(t: Table): string {
  const align = alignments(t);
  const esc = (s: string) => s.replaceAll('|', '\\|');
  return [
    `| ${t.headers.map(esc).join(' | ')} |`,
    `|${align.map((a) => (a === 'right' ? '---:' : '---')).join('|')}|`,
    ...t.rows.map((r) => `| ${r.map((c) => esc(text(c))).join(' | ')} |`),
  ].join('\n');
}

/** Fixed decimals; NaN and null become a dash. */
export function fmt(x: number | null | undefined, decimals = 1): string {
  return x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(decimals);
}

export const pct = (x: number | null | undefined, decimals = 1): string => (x === null || x === undefined || Number.isNaN(x) ? '—' : `${(x * 100).toFixed(decimals)}%`);
