// The labelled rows an evaluation scores, read from either data file: the training generator's
// data/orders.csv (its held-out split) or the blind generator's data/blind.csv. Both carry the raw
// RiskInput in `input:` columns, so every model is scored through its own serving vector.

import type { RiskInput } from '../features';
import { INPUT_KEYS } from '../synthetic/dataset';

export interface EvalRow {
  typology: string; // ground truth: LEGIT or a fraud typology
  segment: string; // the legitimate segment for legit rows, the typology for fraud rows
  label: 0 | 1; // the observed label (after the generator's label noise)
  input: RiskInput;
}

export const LEGIT = 'legit';
/** The segment of a legit row in a file written before segments existed. */
export const DEFAULT_SEGMENT = 'ordinary';

/**
 * Parses a header-then-rows CSV of plain values (no quoting: every field is a name or a number).
 * `keep` selects rows by their raw fields (e.g. only the held-out split). Missing columns are
 * reported all at once, by name.
 */
export function parseEvalCsv(text: string, source: string, keep: (field: (column: string) => string) => boolean = () => true): EvalRow[] {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').split(',');
  const column = new Map(header.map((name, i) => [name, i]));
  const required = ['typology', 'label', ...INPUT_KEYS.map((k) => `input:${k}`)];
  const missing = required.filter((name) => !column.has(name));
  if (missing.length > 0) throw new Error(`${source}: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const segmentAt = column.get('segment');
  const inputAt = INPUT_KEYS.map((k) => column.get(`input:${k}`) as number);
  const typologyAt = column.get('typology') as number;
  const labelAt = column.get('label') as number;

  const rows: EvalRow[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line === '') continue;
    const fields = line.split(',');
    if (fields.length !== header.length) throw new Error(`${source}:${n + 1}: ${fields.length} fields, header has ${header.length}`);
    if (!keep((name) => fields[column.get(name) ?? -1] ?? '')) continue;
    const typology = fields[typologyAt] as string;
    const label = fields[labelAt];
    if (label !== '0' && label !== '1') throw new Error(`${source}:${n + 1}: label must be 0 or 1, got ${JSON.stringify(label)}`);
    const input = {} as Record<string, number>;
    INPUT_KEYS.forEach((key, i) => {
      const raw = fields[inputAt[i] as number] as string;
      const value = raw === '' ? Number.NaN : Number(raw);
      if (Number.isNaN(value)) throw new Error(`${source}:${n + 1}: input:${key} is not a number`);
      input[key] = value;
    });
    const segment = segmentAt === undefined ? (typology === LEGIT ? DEFAULT_SEGMENT : typology) : (fields[segmentAt] as string);
    rows.push({ typology, segment, label: label === '1' ? 1 : 0, input: input as unknown as RiskInput });
  }
  return rows;
}
