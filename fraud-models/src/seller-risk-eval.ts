// Scores a labelled seller set (columns `set,typology,segment,label,input:moment,input:<key>...`, e.g.
// the blind generator's data/blind-sellers.csv) with scoreSeller and prints, per moment: PR-AUC, ROC-AUC,
// recall at 1% FPR, and the share of each fraud typology and legitimate segment at or above a grid of
// score thresholds (the SELLER_RISK_* config defaults among them). Run by evaluate-seller-risk.ts.
import { rankingMetricsOf } from './evaluation/metrics';
import { scoreSeller } from './seller-risk';
import type { SellerRiskInput } from './seller-risk-input';

const THRESHOLDS = [10, 20, 30, 40, 60, 80];

export interface Scored {
  typology: string;
  segment: string;
  label: 0 | 1;
  moment: string;
  probability: number;
  score: number;
}

export function parseRows(csv: string): Scored[] {
  const [header, ...lines] = csv.trim().split(/\r?\n/);
  const cols = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const get = (name: string) => cells[cols.indexOf(name)] ?? '';
    const input = Object.fromEntries(
      cols.flatMap((c, i) => (c.startsWith('input:') ? [[c.slice('input:'.length), c === 'input:moment' ? cells[i] : Number(cells[i])]] : [])),
    ) as unknown as SellerRiskInput;
    const s = scoreSeller(input);
    return { typology: get('typology'), segment: get('segment'), label: get('label') === '1' ? 1 : 0, moment: input.moment, probability: s.probability, score: s.score };
  });
}

const metricsOf = (rows: readonly Pick<Scored, 'label' | 'probability'>[]) =>
  rankingMetricsOf(
    rows.map((r) => r.probability),
    rows.map((r) => r.label),
  );

/** Average precision (PR-AUC as scikit-learn computes it): precision at each positive, ties scored together. */
export function averagePrecision(rows: readonly Pick<Scored, 'label' | 'probability'>[]): number {
  return rows.some((r) => r.label === 1) ? metricsOf(rows).pr_auc : Number.NaN;
}

/** ROC-AUC: the chance a random positive outscores a random negative (ties count half). */
export function rocAuc(rows: readonly Pick<Scored, 'label' | 'probability'>[]): number {
  return rows.some((r) => r.label === 1) && rows.some((r) => r.label === 0) ? metricsOf(rows).roc_auc : Number.NaN;
}

/** Recall at the highest threshold whose false-positive rate stays at or below `fpr`. */
export function recallAtFpr(rows: readonly Pick<Scored, 'label' | 'probability'>[], fpr: number): number {
  const negatives = rows
    .filter((r) => r.label === 0)
    .map((r) => r.probability)
    .sort((a, b) => b - a);
  const positives = rows.filter((r) => r.label === 1);
  if (positives.length === 0) return Number.NaN;
  // Strictly above the negative at the allowed rank: ties with a negative would exceed the rate.
  const cut = negatives[Math.floor(fpr * negatives.length)] ?? -Infinity;
  return positives.filter((r) => r.probability > cut).length / positives.length;
}

const pct = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(3));

function shareTable(rows: readonly Scored[], key: 'typology' | 'segment') {
  const groups = new Map<string, Scored[]>();
  for (const r of rows) groups.set(r[key], [...(groups.get(r[key]) ?? []), r]);
  const lines = [`| ${key} | n | ${THRESHOLDS.map((t) => `≥ ${t}`).join(' | ')} |`, `|---|---|${THRESHOLDS.map(() => '---').join('|')}|`];
  for (const [name, g] of [...groups].sort()) lines.push(`| ${name} | ${g.length} | ${THRESHOLDS.map((t) => pct(g.filter((r) => r.score >= t).length / g.length)).join(' | ')} |`);
  return lines.join('\n');
}

export function report(rows: readonly Scored[]): string {
  const out: string[] = [];
  for (const moment of [...new Set(rows.map((r) => r.moment))].sort()) {
    const m = rows.filter((r) => r.moment === moment);
    const fraud = m.filter((r) => r.label === 1);
    out.push(
      `## moment ${moment}: ${m.length} sellers, ${fraud.length} fraudulent`,
      '',
      `PR-AUC ${pct(averagePrecision(m))} (base rate ${pct(fraud.length / m.length)}), ROC-AUC ${pct(rocAuc(m))}, recall at 1% FPR ${pct(recallAtFpr(m, 0.01))}`,
      '',
      'Fraud typologies, share at or above each score:',
      '',
      shareTable(fraud, 'typology'),
      '',
      'Legitimate segments, share at or above each score (false flags):',
      '',
      shareTable(
        m.filter((r) => r.label === 0),
        'segment',
      ),
      '',
    );
  }
  return out.join('\n');
}
