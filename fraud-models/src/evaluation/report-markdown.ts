// The human-readable report written beside the model (`<version>.eval.md`), sets side by side.

import type { ModelEvaluation, SetEvaluation } from './evaluate-model';

export const SYNTHETIC_DATA_CAVEAT =
  'Both sets are synthetic. They can show whether the model ranks and calibrates the typologies and legitimate segments ' +
  'their authors wrote down, whether it holds outside the generator it was trained on (the blind set was written by someone ' +
  'who had not read the training generator), how hard each legitimate segment is hit, and whether the score moves the way ' +
  'the domain says it must. They cannot show how often each typology occurs in our market, which fraud nobody thought to ' +
  'simulate, how attackers adapt once the model is live, or how real label delay and noise look: a model that holds on both ' +
  'sets has passed a necessary check, not a sufficient one. Live precision and recall from closing labels decide the rest.';

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
const num = (x: number): string => (Number.isFinite(x) ? x.toFixed(4) : '—');

function cell(set: SetEvaluation | undefined, path: string, format: (x: number) => string): string {
  if (!set) return '—';
  const value = path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], set) as number;
  const ci = set.ci95[path];
  return ci ? `${format(value)} [${format(ci[0])}, ${format(ci[1])}]` : format(value);
}

export function renderMarkdown(e: ModelEvaluation, setNames: readonly string[]): string {
  const sets = setNames.map((name) => e.sets[name]);
  const head = `| | ${setNames.join(' | ')} |\n|---|${setNames.map(() => '---|').join('')}`;
  const row = (label: string, path: string, format: (x: number) => string) => `| ${label} | ${sets.map((s) => cell(s, path, format)).join(' | ')} |`;
  const t = e.thresholds;
  const lines = [
    `# ${e.model_version} — evaluation on the generator's held-out split and the blind set`,
    '',
    `**Holds on both: ${e.holds_on_both ? 'yes' : 'no'}.**` + (e.missing_sets.length > 0 ? ` Missing: ${e.missing_sets.join(', ')} (no data file).` : ''),
    '',
    `Scored through the serving path (\`loadScorer\`, \`scoreOf\`, \`decisionFor\`). Decision ladder ` +
      `(${e.thresholds_source === 'model' ? "the model's own" : "the API's defaults: the model carries none"}): ` +
      `step-up ≥ ${t.step_up}, review ≥ ${t.review}, block ≥ ${t.block}. A rung's share counts rows decided there or stricter, so "reviewed" is ` +
      `the review queue (blocked included). Brackets: 95% percentile bootstrap intervals, ${e.options.resamples} resamples (seed ${e.options.seed}), ` +
      'drawn within each (label, typology, segment) stratum.',
    '',
    ...setNames.map((name) => {
      const s = e.sets[name];
      return s ? `- \`${name}\`: ${s.source}, ${s.rows} orders, ${s.positives} labelled fraud (${pct(s.natural_prevalence)}).` : `- \`${name}\`: not available.`;
    }),
    '',
    `## Ranking and the decision ladder at ${pct(e.options.prevalence)} prevalence`,
    '',
    `Positives are reweighted so that they carry ${pct(e.options.prevalence)} of the weight: each set's own fraud rate is a choice of its generator.`,
    '',
    head,
    row('PR-AUC (average precision)', 'model.pr_auc', num),
    row('rules baseline PR-AUC', 'rules_baseline.pr_auc', num),
    row('PR-AUC model / rules', 'pr_auc_vs_rules', (x) => x.toFixed(2)),
    row('ROC-AUC', 'model.roc_auc', num),
    row('rules baseline ROC-AUC', 'rules_baseline.roc_auc', num),
    row('recall at 1% FPR', 'model.recall_at_1pct_fpr', num),
    row('rules baseline recall at 1% FPR', 'rules_baseline.recall_at_1pct_fpr', num),
    row('precision of the review queue', 'model.review_precision', num),
    row('share of payments stepped up', 'model.share_stepped_up', pct),
    row('share of payments reviewed', 'model.share_reviewed', pct),
    row('share of payments blocked', 'model.share_blocked', pct),
    '',
    "## Calibration at each set's own prevalence",
    '',
    'Expected calibration error over 10 equal-mass bins of ascending probability (not equal-width: almost every order scores near 0).',
    '',
    head,
    row('Brier score', 'calibration.brier', (x) => x.toFixed(5)),
    row('expected calibration error', 'calibration.ece', (x) => x.toFixed(5)),
    '',
    `| decile | ${setNames.map((n) => `${n} mean predicted | ${n} observed`).join(' | ')} |`,
    `|---|${setNames.map(() => '---|---|').join('')}`,
    ...Array.from(
      { length: 10 },
      (_, d) =>
        `| ${d + 1} | ${sets.map((s) => (s ? `${num(s.calibration.by_decile[d]?.mean_predicted ?? Number.NaN)} | ${num(s.calibration.by_decile[d]?.observed_fraud_rate ?? Number.NaN)}` : '— | —')).join(' | ')} |`,
    ),
    '',
    ...groupTables(e, setNames, 'by_typology', 'Per fraud typology: the share that reached each rung (recall at each rung)'),
    ...groupTables(e, setNames, 'by_segment', 'Per legitimate segment: the false-positive burden'),
    '## Targets',
    '',
    `| target | ${setNames.join(' | ')} |`,
    `|---|${setNames.map(() => '---|').join('')}`,
    ...(sets.find(Boolean)?.targets ?? []).map(
      (target, i) =>
        `| ${target.target} | ${sets
          .map((s) => {
            const r = s?.targets[i];
            return r ? `${r.pass ? 'pass' : '**fail**'} (${Number.isInteger(r.value) ? r.value : r.value.toFixed(4)}${r.segment ? `, ${r.segment}` : ''})` : '—';
          })
          .join(' | ')} |`,
    ),
    '',
    '## Monotonicity sweep',
    '',
    `For ${sets.find(Boolean)?.monotonicity.rows ?? 0} rows of each set (half fraud, half legitimate), each constrained feature's RiskInput field walks a grid ` +
      'across its range; a violation is a grid step where the served probability moves against the declared direction.',
    '',
    `| feature (direction) | fields | ${setNames.map((n) => `${n} violations (largest move)`).join(' | ')} |`,
    `|---|---|${setNames.map(() => '---|').join('')}`,
    ...(sets.find(Boolean)?.monotonicity.features ?? []).map(
      (f, i) =>
        `| ${f.feature} (${f.direction > 0 ? '+' : '−'}) | ${f.fields.join(', ')} | ${sets
          .map((s) => {
            const g = s?.monotonicity.features[i];
            return g ? `${g.violations} (${g.largest_move_against.toFixed(4)})` : '—';
          })
          .join(' | ')} |`,
    ),
    '',
    ...(sets.find(Boolean)?.monotonicity.not_model_inputs.length
      ? [`Not inputs of this model (nothing to sweep): ${sets.find(Boolean)?.monotonicity.not_model_inputs.join(', ')}.`, '']
      : []),
    '## What synthetic data can and cannot show',
    '',
    SYNTHETIC_DATA_CAVEAT,
    '',
  ];
  return lines.join('\n');
}

function groupTables(e: ModelEvaluation, setNames: readonly string[], key: 'by_typology' | 'by_segment', title: string): string[] {
  const lines: string[] = [];
  for (const name of setNames) {
    const s = e.sets[name];
    if (!s) continue;
    lines.push(`## ${title} — ${name}`, '', '| | rows | stepped up | reviewed | blocked |', '|---|---|---|---|---|');
    for (const [group, rates] of Object.entries(s[key])) {
      const rate = (r: 'stepped_up' | 'reviewed' | 'blocked') => cell(s, `${key}.${group}.${r}`, pct);
      lines.push(`| ${group} | ${rates.rows} | ${rate('stepped_up')} | ${rate('reviewed')} | ${rate('blocked')} |`);
    }
    lines.push('');
  }
  return lines;
}
