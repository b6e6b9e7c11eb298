import { INPUT_KEYS } from '../synthetic/dataset';
import { parseEvalCsv } from './eval-rows';

const inputs = (n: number) => INPUT_KEYS.map((_, i) => String(i + n));
const csv = (header: string[], rows: string[][]) => [header, ...rows].map((r) => r.join(',')).join('\n') + '\n';
const inputHeader = INPUT_KEYS.map((k) => `input:${k}`);

test('rows of a file with segments keep them; inputs are numbers by key', () => {
  const text = csv(
    ['set', 'typology', 'segment', 'label', ...inputHeader],
    [
      ['blind', 'legit', 'households', '0', ...inputs(0)],
      ['blind', 'card_testing', 'card_testing', '1', ...inputs(1)],
    ],
  );
  const rows = parseEvalCsv(text, 'blind.csv');
  expect(rows.map(({ typology, segment, label }) => ({ typology, segment, label }))).toEqual([
    { typology: 'legit', segment: 'households', label: 0 },
    { typology: 'card_testing', segment: 'card_testing', label: 1 },
  ]);
  expect(rows[1]?.input.amount_minor).toBe(1);
  expect(rows[1]?.input.buyer_prior_disputes).toBe(INPUT_KEYS.length);
});

test('without a segment column legit rows are ordinary and fraud rows their typology; `keep` filters rows', () => {
  const header = ['split', 'typology', 'label', ...inputHeader, 'feature:x'];
  const text = csv(header, [
    ['train', 'legit', '0', ...inputs(0), '0.5'],
    ['test', 'legit', '1', ...inputs(0), '0.5'],
    ['test', 'collusion', '1', ...inputs(0), '0.5'],
  ]);
  const rows = parseEvalCsv(text, 'orders.csv', (field) => field('split') === 'test');
  expect(rows.map((r) => [r.segment, r.label])).toEqual([
    ['ordinary', 1],
    ['collusion', 1],
  ]);
});

test('missing columns are named, all at once', () => {
  const header = ['typology', 'label', ...inputHeader.filter((c) => c !== 'input:buyer_prior_disputes' && c !== 'input:amount_minor')];
  expect(() => parseEvalCsv(csv(header, []), 'blind.csv')).toThrow('blind.csv: missing columns input:amount_minor, input:buyer_prior_disputes');
  expect(() => parseEvalCsv(csv(['typology', ...inputHeader], []), 'blind.csv')).toThrow('blind.csv: missing column label');
});

test('a bad value names its line and column', () => {
  const header = ['typology', 'label', ...inputHeader];
  const values = inputs(0);
  values[3] = '';
  expect(() => parseEvalCsv(csv(header, [['legit', '0', ...values]]), 'x.csv')).toThrow(`x.csv:2: input:${INPUT_KEYS[3]} is not a number`);
  expect(() => parseEvalCsv(csv(header, [['legit', 'yes', ...inputs(0)]]), 'x.csv')).toThrow('x.csv:2: label must be 0 or 1, got "yes"');
  expect(() => parseEvalCsv(csv(header, [['legit', '0']]), 'x.csv')).toThrow('x.csv:2: 2 fields, header has');
});
