// How the served decision ladder treats rows: the share that reached each rung. A rung counts the
// rows decided there or at a stricter rung, so "reviewed" is the review queue (score ≥ review
// threshold, blocked included) and a typology's share at a rung is its recall there.

import { decisionFor, scoreOf, type DecisionThresholds } from '../decision-policy';

/** The ladder for models that carry no thresholds (v1, v2): the API's defaults, with no step-up band. */
export const API_DEFAULT_THRESHOLDS: DecisionThresholds = Object.freeze({ step_up: 65, review: 65, block: 90 });

const RUNG = { allow: 0, step_up: 1, review: 2, block: 3 } as const;

/** Each row's rung (0 allow, 1 step-up, 2 review, 3 block) under the served scoreOf and decisionFor. */
export function rungsOf(probabilities: ArrayLike<number>, thresholds: DecisionThresholds): Uint8Array {
  return Uint8Array.from({ length: probabilities.length }, (_, i) => RUNG[decisionFor(scoreOf(probabilities[i] as number), thresholds)]);
}

export interface RungShares {
  stepped_up: number;
  reviewed: number;
  blocked: number;
}

/** Shares of a group's rows (by their multiplicity) that reached each rung. */
export function rungShares(rungs: Uint8Array, members: Uint32Array, counts: ArrayLike<number>): RungShares {
  const reached = [0, 0, 0, 0];
  let total = 0;
  for (const i of members) {
    const c = counts[i] as number;
    const rung = rungs[i] as number;
    reached[rung] = (reached[rung] as number) + c;
    total += c;
  }
  const [, s = 0, r = 0, b = 0] = reached;
  return { stepped_up: (s + r + b) / total, reviewed: (r + b) / total, blocked: b / total };
}

export interface QueueRates extends RungShares {
  /** Weighted fraud share of the review queue (score ≥ review threshold). */
  review_precision: number;
}

/** Shares of all payments at each rung and the review queue's precision, positives weighing `weightOfPositive`. */
export function queueRates(rungs: Uint8Array, labels: Uint8Array, counts: ArrayLike<number>, weightOfPositive: number): QueueRates {
  const reached = [0, 0, 0, 0];
  let total = 0;
  let queueFraud = 0;
  for (let i = 0; i < rungs.length; i++) {
    const w = (counts[i] as number) * (labels[i] === 1 ? weightOfPositive : 1);
    const rung = rungs[i] as number;
    reached[rung] = (reached[rung] as number) + w;
    total += w;
    if (labels[i] === 1 && rung >= RUNG.review) queueFraud += w;
  }
  const [, s = 0, r = 0, b = 0] = reached;
  return { stepped_up: (s + r + b) / total, reviewed: (r + b) / total, blocked: b / total, review_precision: queueFraud / (r + b) };
}
