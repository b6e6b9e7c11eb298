// Classification metrics over rows that carry a multiplicity (`counts`: 1 each for the set itself,
// the draw counts of a bootstrap resample), so every resample reuses one sort and costs O(n).
// Tied scores form one threshold, as in scikit-learn, so coarse scores (the rules' point counts)
// are neither flattered nor punished by row order.

/** Rows sorted once by descending score, cut into runs of tied scores. */
export interface Ranking {
  order: Uint32Array;
  /** Exclusive end (a position in `order`) of each run of tied scores, in order. */
  runEnds: Uint32Array;
}

export function rankingOf(scores: ArrayLike<number>): Ranking {
  const order = Uint32Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const ends: number[] = [];
  for (let k = 1; k <= order.length; k++) {
    if (k === order.length || scores[order[k] as number] !== scores[order[k - 1] as number]) ends.push(k);
  }
  return { order, runEnds: Uint32Array.from(ends) };
}

/**
 * The weight of each positive that makes positives `prevalence` of the total weight (negatives weigh 1):
 * the set's own fraud rate is a property of its generator, not of the market the model will face.
 */
export function positiveWeight(labels: Uint8Array, counts: ArrayLike<number>, prevalence: number): number {
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) positives += counts[i] as number;
    else negatives += counts[i] as number;
  }
  return (prevalence * negatives) / ((1 - prevalence) * positives);
}

export interface RankingMetrics {
  /** Average precision: Σ over thresholds of (Δ recall) × precision, precision with positives weighted. */
  pr_auc: number;
  roc_auc: number;
  /** TPR at the false-positive rate `fpr`, linearly interpolated on the ROC curve (numpy's interp, as train.py did). */
  recall_at_fpr: number;
}

export function rankingMetrics(ranking: Ranking, labels: Uint8Array, counts: ArrayLike<number>, weightOfPositive: number, fpr: number): RankingMetrics {
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] === 1) positives += counts[i] as number;
    else negatives += counts[i] as number;
  }
  let tp = 0;
  let fp = 0;
  let ap = 0;
  let auc = 0;
  let recallAtFpr = 0;
  let start = 0;
  for (const end of ranking.runEnds) {
    const [tpBefore, fpBefore] = [tp, fp];
    for (let k = start; k < end; k++) {
      const i = ranking.order[k] as number;
      if (labels[i] === 1) tp += counts[i] as number;
      else fp += counts[i] as number;
    }
    start = end;
    if (tp === tpBefore && fp === fpBefore) continue;
    if (tp > tpBefore) ap += ((tp - tpBefore) / positives) * ((weightOfPositive * tp) / (weightOfPositive * tp + fp));
    auc += ((fp - fpBefore) / negatives) * ((tp + tpBefore) / (2 * positives));
    // The last ROC point with FPR ≤ target, moved along the segment that crosses the target.
    const [x0, y0, x1, y1] = [fpBefore / negatives, tpBefore / positives, fp / negatives, tp / positives];
    if (x1 <= fpr) recallAtFpr = y1;
    else if (x0 <= fpr) recallAtFpr = y0 + ((y1 - y0) * (fpr - x0)) / (x1 - x0);
  }
  return { pr_auc: ap, roc_auc: auc, recall_at_fpr: recallAtFpr };
}

/**
 * The same metrics for plain labelled scores, each row once, at their own prevalence (the seller-risk
 * report, production monitoring). Degenerate without both classes: see the callers.
 */
export function rankingMetricsOf(scores: ArrayLike<number>, labels: ArrayLike<number>, fpr = 0.01): RankingMetrics {
  return rankingMetrics(rankingOf(scores), Uint8Array.from(labels), new Uint8Array(scores.length).fill(1), 1, fpr);
}

export interface ReliabilityBin {
  bin: number;
  orders: number;
  mean_predicted: number;
  observed_fraud_rate: number;
}

export interface Calibration {
  brier: number;
  /** Expected calibration error over equal-mass bins: Σ_bins |Σ predicted − Σ observed| / rows. */
  ece: number;
  by_decile: ReliabilityBin[];
}

/** Brier score, ECE and reliability at the set's own prevalence, over `bins` equal-mass bins of ascending probability. */
export function calibration(ranking: Ranking, probabilities: ArrayLike<number>, labels: Uint8Array, counts: ArrayLike<number>, bins = 10): Calibration {
  let total = 0;
  for (let i = 0; i < labels.length; i++) total += counts[i] as number;
  const predicted = new Float64Array(bins);
  const observed = new Float64Array(bins);
  const rows = new Float64Array(bins);
  let brier = 0;
  let seen = 0;
  // Ascending probability; a row's bin is decided by the rows before it, so a repeated row stays in one bin.
  for (let k = ranking.order.length - 1; k >= 0; k--) {
    const i = ranking.order[k] as number;
    const c = counts[i] as number;
    if (c === 0) continue;
    const p = probabilities[i] as number;
    const y = labels[i] as number;
    const b = Math.min(bins - 1, Math.floor((seen * bins) / total));
    predicted[b] = (predicted[b] as number) + c * p;
    observed[b] = (observed[b] as number) + c * y;
    rows[b] = (rows[b] as number) + c;
    brier += c * (p - y) ** 2;
    seen += c;
  }
  let ece = 0;
  const byDecile: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    const n = rows[b] as number;
    ece += Math.abs((predicted[b] as number) - (observed[b] as number)) / total;
    byDecile.push({ bin: b + 1, orders: n, mean_predicted: (predicted[b] as number) / n, observed_fraud_rate: (observed[b] as number) / n });
  }
  return { brier: brier / total, ece, by_decile: byDecile };
}
