// Scores a model through the serving path (loadScorer's vector, scoreOf, decisionFor) on each
// evaluation set and measures it side by side: ranking at 1% prevalence, the decision ladder,
// calibration at the set's own prevalence, the rules baseline, per-typology recall and
// per-segment false-positive burden, each with a stratified bootstrap interval; then the targets.

import type { DecisionThresholds } from '../decision-policy';
import type { RiskInput } from '../features';
import type { BatchFraudScorer } from '../scorer';
import { Rng } from '../synthetic/prng';
import { percentileInterval, stratifiedResampler } from './bootstrap';
import { API_DEFAULT_THRESHOLDS, queueRates, rungShares, rungsOf, type RungShares } from './decision-rates';
import { LEGIT, type EvalRow } from './eval-rows';
import { calibration, positiveWeight, rankingMetrics, rankingOf, type Calibration } from './metrics';
import { sweepMonotonicity, type MonotonicitySweep } from './monotonicity';
import { rulesPoints } from './rules-baseline';
import { judgeTargets, type TargetResult } from './targets';

export interface EvaluationSet {
  /** `generator` (the training generator's held-out split) or `blind`. */
  name: string;
  source: string;
  rows: readonly EvalRow[];
}

export interface EvaluationOptions {
  /** The fraud share the ranking metrics and queue rates are reweighted to. */
  prevalence: number;
  resamples: number;
  seed: number;
  /** Rows per set for the monotonicity sweep. */
  sweep_rows: number;
}

export const DEFAULT_OPTIONS: EvaluationOptions = Object.freeze({ prevalence: 0.01, resamples: 200, seed: 16, sweep_rows: 200 });

const TARGET_FPR = 0.01;
const CALIBRATION_BINS = 10;
const SCORING_BATCH = 16_384;

export interface SetEvaluation {
  source: string;
  rows: number;
  positives: number;
  natural_prevalence: number;
  /** At `prevalence` (positives reweighted), with the served decision ladder. */
  model: { pr_auc: number; roc_auc: number; recall_at_1pct_fpr: number; review_precision: number; share_stepped_up: number; share_reviewed: number; share_blocked: number };
  /** At the set's own prevalence. */
  calibration: Calibration;
  rules_baseline: { pr_auc: number; roc_auc: number; recall_at_1pct_fpr: number };
  pr_auc_vs_rules: number;
  by_typology: Record<string, { rows: number } & RungShares>;
  by_segment: Record<string, { rows: number } & RungShares>;
  /** 95% bootstrap percentile interval of every rate above, by its JSON path (e.g. `by_segment.households.blocked`). */
  ci95: Record<string, [number, number] | null>;
  monotonicity: MonotonicitySweep;
  targets: TargetResult[];
  holds: boolean;
}

export interface ModelEvaluation {
  model_version: string;
  /** Every target holds on the generator's held-out split and on the blind set: the promotion gate. */
  holds_on_both: boolean;
  thresholds: DecisionThresholds;
  /** `model`: the model's own metadata; `api_defaults`: it carries none (v1, v2). */
  thresholds_source: 'model' | 'api_defaults';
  feature_names: readonly string[];
  options: EvaluationOptions;
  sets: Record<string, SetEvaluation>;
  /** Sets that were not available (their file absent): the model cannot hold on both. */
  missing_sets: string[];
}

export const REQUIRED_SETS = ['generator', 'blind'] as const;

export async function evaluateModel(scorer: BatchFraudScorer, sets: readonly EvaluationSet[], options: Partial<EvaluationOptions> = {}): Promise<ModelEvaluation> {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const thresholds = scorer.thresholds ?? API_DEFAULT_THRESHOLDS;
  const evaluated: Record<string, SetEvaluation> = {};
  for (const set of sets) evaluated[set.name] = await evaluateSet(scorer, set, thresholds, opts);
  const missing = REQUIRED_SETS.filter((name) => !evaluated[name]);
  return {
    model_version: scorer.version,
    holds_on_both: missing.length === 0 && REQUIRED_SETS.every((name) => evaluated[name]?.holds),
    thresholds,
    thresholds_source: scorer.thresholds ? 'model' : 'api_defaults',
    feature_names: scorer.featureNames,
    options: opts,
    sets: evaluated,
    missing_sets: missing,
  };
}

async function scoreAll(scorer: BatchFraudScorer, inputs: readonly RiskInput[]): Promise<Float64Array> {
  const out = new Float64Array(inputs.length);
  for (let start = 0; start < inputs.length; start += SCORING_BATCH) out.set(await scorer.scoreMany(inputs.slice(start, start + SCORING_BATCH)), start);
  return out;
}

function groupsOf(rows: readonly EvalRow[], key: (row: EvalRow) => string | null): Map<string, Uint32Array> {
  const lists = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const k = key(row);
    if (k === null) return;
    const list = lists.get(k);
    if (list) list.push(i);
    else lists.set(k, [i]);
  });
  return new Map([...lists].sort(([a], [b]) => a.localeCompare(b)).map(([k, list]) => [k, Uint32Array.from(list)]));
}

async function evaluateSet(scorer: BatchFraudScorer, set: EvaluationSet, thresholds: DecisionThresholds, opts: EvaluationOptions): Promise<SetEvaluation> {
  const { rows } = set;
  const inputs = rows.map((r) => r.input);
  const probabilities = await scoreAll(scorer, inputs);
  const labels = Uint8Array.from(rows, (r) => r.label);
  const rungs = rungsOf(probabilities, thresholds);
  const modelRanking = rankingOf(probabilities);
  const rulesRanking = rankingOf(Float64Array.from(inputs, rulesPoints));
  const typologies = groupsOf(rows, (r) => (r.typology === LEGIT ? null : r.typology));
  const segments = groupsOf(rows, (r) => (r.typology === LEGIT ? r.segment : null));

  // Every rate as a flat path → value, so the point estimate and each resample are measured alike.
  const measure = (counts: ArrayLike<number>): Record<string, number> => {
    const w = positiveWeight(labels, counts, opts.prevalence);
    const m = rankingMetrics(modelRanking, labels, counts, w, TARGET_FPR);
    const r = rankingMetrics(rulesRanking, labels, counts, w, TARGET_FPR);
    const q = queueRates(rungs, labels, counts, w);
    const c = calibration(modelRanking, probabilities, labels, counts, CALIBRATION_BINS);
    const out: Record<string, number> = {
      'model.pr_auc': m.pr_auc,
      'model.roc_auc': m.roc_auc,
      'model.recall_at_1pct_fpr': m.recall_at_fpr,
      'model.review_precision': q.review_precision,
      'model.share_stepped_up': q.stepped_up,
      'model.share_reviewed': q.reviewed,
      'model.share_blocked': q.blocked,
      'calibration.brier': c.brier,
      'calibration.ece': c.ece,
      'rules_baseline.pr_auc': r.pr_auc,
      'rules_baseline.roc_auc': r.roc_auc,
      'rules_baseline.recall_at_1pct_fpr': r.recall_at_fpr,
      pr_auc_vs_rules: m.pr_auc / r.pr_auc,
    };
    for (const [prefix, groups] of [['by_typology', typologies] as const, ['by_segment', segments] as const]) {
      for (const [name, members] of groups) {
        for (const [rate, value] of Object.entries(rungShares(rungs, members, counts))) out[`${prefix}.${name}.${rate}`] = value;
      }
    }
    return out;
  };

  const ones = new Uint8Array(rows.length).fill(1);
  const point = measure(ones);
  // Within (label, typology, segment): the label balance and every group's size are the set's design, not noise.
  const resample = stratifiedResampler(
    rows.map((r) => `${r.label}|${r.typology}|${r.segment}`),
    opts.seed,
  );
  const draws: Record<string, number>[] = Array.from({ length: opts.resamples }, () => measure(resample()));
  const ci95 = Object.fromEntries(Object.keys(point).map((path) => [path, percentileInterval(draws.map((d) => d[path] as number))]));

  const value = (path: string): number => point[path] as number;
  const groupRates = (prefix: string, groups: Map<string, Uint32Array>) =>
    Object.fromEntries(
      [...groups].map(([name, members]) => [
        name,
        { rows: members.length, stepped_up: value(`${prefix}.${name}.stepped_up`), reviewed: value(`${prefix}.${name}.reviewed`), blocked: value(`${prefix}.${name}.blocked`) },
      ]),
    );
  const bySegment = groupRates('by_segment', segments);
  const monotonicity = await sweepMonotonicity(scorer, sweepSample(rows, opts.sweep_rows, opts.seed));
  const calibrationPoint = calibration(modelRanking, probabilities, labels, ones, CALIBRATION_BINS);
  const targets = judgeTargets({
    pr_auc: value('model.pr_auc'),
    rules_pr_auc: value('rules_baseline.pr_auc'),
    recall_at_1pct_fpr: value('model.recall_at_1pct_fpr'),
    ece: calibrationPoint.ece,
    segments: bySegment,
    monotonicity_violations: monotonicity.violations,
  });
  const positives = labels.reduce((n, y) => n + y, 0);
  return {
    source: set.source,
    rows: rows.length,
    positives,
    natural_prevalence: positives / rows.length,
    model: {
      pr_auc: value('model.pr_auc'),
      roc_auc: value('model.roc_auc'),
      recall_at_1pct_fpr: value('model.recall_at_1pct_fpr'),
      review_precision: value('model.review_precision'),
      share_stepped_up: value('model.share_stepped_up'),
      share_reviewed: value('model.share_reviewed'),
      share_blocked: value('model.share_blocked'),
    },
    calibration: calibrationPoint,
    rules_baseline: { pr_auc: value('rules_baseline.pr_auc'), roc_auc: value('rules_baseline.roc_auc'), recall_at_1pct_fpr: value('rules_baseline.recall_at_1pct_fpr') },
    pr_auc_vs_rules: value('pr_auc_vs_rules'),
    by_typology: groupRates('by_typology', typologies),
    by_segment: bySegment,
    ci95,
    monotonicity,
    targets,
    holds: targets.every((t) => t.pass),
  };
}

/** Half the sweep rows from fraud typologies, half legitimate (fraud is ~1% of a set), seeded. */
function sweepSample(rows: readonly EvalRow[], n: number, seed: number): RiskInput[] {
  const rng = new Rng(seed);
  const pick = (pool: EvalRow[], k: number): RiskInput[] => {
    const chosen = pool.slice();
    for (let i = 0; i < Math.min(k, chosen.length); i++) {
      const j = i + Math.floor(rng.next() * (chosen.length - i));
      [chosen[i], chosen[j]] = [chosen[j] as EvalRow, chosen[i] as EvalRow];
    }
    return chosen.slice(0, k).map((r) => r.input);
  };
  const fraud = rows.filter((r) => r.typology !== LEGIT);
  const legit = rows.filter((r) => r.typology === LEGIT);
  const fromFraud = pick(fraud, Math.floor(n / 2));
  return [...fromFraud, ...pick(legit, n - fromFraud.length)];
}
