import type { VersionScore } from '../scoring';
import { type Proportion, type PsiReading, averagePrecision, proportion, psi, psiReading } from './monitoring-metrics';

/** PR-AUC below this many positives is noise, and is not reported. */
export const PR_AUC_MIN_POSITIVES = 10;
const DAY_MS = 86_400_000;
/** Drift over time: the last RECENT_DAYS against the REFERENCE_DAYS before them. */
export const RECENT_DAYS = 7;
export const REFERENCE_DAYS = 28;

export interface Psi {
  value: number;
  reading: PsiReading;
  /** Scores on each side: a PSI over a handful of scores says little. */
  expected_n: number;
  actual_n: number;
}

/** How one model version did in production over a window of days, from its scores and the closing labels. */
export interface ModelFigures {
  version: string;
  window_days: number;
  /** The score at which this version sends a payment to review (its own, or the configured one). */
  review_threshold: number;
  /** Orders the version scored in the window (live or in shadow). */
  scored: number;
  /** …of which a closed fraud case or a decided fraud chargeback labelled. */
  labelled: number;
  positives: number;
  /** Scored and not labelled (yet): most orders are never reviewed, so recall counts only the fraud that came to light. */
  pending: number;
  /** Labelled orders the version scored at or above its review threshold. */
  flagged: number;
  true_positives: number;
  /** Of the labelled orders it flagged, the share that were fraud. */
  precision: Proportion | null;
  /** Of the labelled fraud, the share it flagged. */
  recall: Proportion | null;
  /** Average precision over the labelled orders, from PR_AUC_MIN_POSITIVES positives. */
  pr_auc: number | null;
  /** A shadow's scores against the live model's on the same payments (null for scores made live). */
  psi_vs_live: Psi | null;
  /** The last RECENT_DAYS against the REFERENCE_DAYS before (reference = expected). */
  psi_over_time: Psi | null;
}

const psiOf = (expected: number[], actual: number[]): Psi | null => {
  const value = psi(expected, actual);
  return value === null ? null : { value, reading: psiReading(value), expected_n: expected.length, actual_n: actual.length };
};

/**
 * The figures of `version` from its scores (at least the window and the drift periods, see `since`)
 * and the labels of the orders (1 fraud, 0 not), as of `now`.
 */
export function modelFigures(
  f: { version: string; reviewThreshold: number; windowDays: number; now: Date },
  scores: readonly VersionScore[],
  labels: ReadonlyMap<string, 0 | 1>,
): ModelFigures {
  const now = f.now.getTime();
  const inWindow = scores.filter((s) => s.createdAt.getTime() >= now - f.windowDays * DAY_MS);
  const labelled = inWindow.flatMap((s) => {
    const label = labels.get(s.orderId);
    return label === undefined ? [] : [{ ...s, label }];
  });
  const positives = labelled.filter((s) => s.label === 1).length;
  const flagged = labelled.filter((s) => s.score >= f.reviewThreshold);
  const truePositives = flagged.filter((s) => s.label === 1).length;
  const paired = inWindow.filter((s) => s.mode === 'shadow' && s.liveScore !== null);
  const recentFrom = now - RECENT_DAYS * DAY_MS;
  const referenceFrom = recentFrom - REFERENCE_DAYS * DAY_MS;
  const at = (s: VersionScore) => s.createdAt.getTime();
  return {
    version: f.version,
    window_days: f.windowDays,
    review_threshold: f.reviewThreshold,
    scored: inWindow.length,
    labelled: labelled.length,
    positives,
    pending: inWindow.length - labelled.length,
    flagged: flagged.length,
    true_positives: truePositives,
    precision: proportion(truePositives, flagged.length),
    recall: proportion(truePositives, positives),
    pr_auc: positives >= PR_AUC_MIN_POSITIVES ? averagePrecision(labelled.map((s) => ({ prediction: s.probability, label: s.label }))) : null,
    psi_vs_live: psiOf(
      paired.map((s) => s.liveScore as number),
      paired.map((s) => s.score),
    ),
    psi_over_time: psiOf(
      scores.filter((s) => at(s) >= referenceFrom && at(s) < recentFrom).map((s) => s.score),
      scores.filter((s) => at(s) >= recentFrom).map((s) => s.score),
    ),
  };
}

/** The earliest score `modelFigures` reads. */
export const scoresSince = (now: Date, windowDays: number) => new Date(now.getTime() - Math.max(windowDays, RECENT_DAYS + REFERENCE_DAYS) * DAY_MS);
