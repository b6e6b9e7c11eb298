import { calibration, positiveWeight, rankingMetrics, rankingOf } from './metrics';

const ones = (n: number) => new Uint8Array(n).fill(1);
const measure = (scores: number[], labels: number[], prevalence: number | null, fpr = 0.01, counts: ArrayLike<number> = ones(scores.length)) => {
  const y = Uint8Array.from(labels);
  const w = prevalence === null ? 1 : positiveWeight(y, counts, prevalence);
  return rankingMetrics(rankingOf(scores), y, counts, w, fpr);
};

// Expected values from scikit-learn 1.2 (average_precision_score, roc_auc_score, np.interp on roc_curve).
const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];
const labels = [1, 0, 1, 0, 0, 1];

test('a perfect ranking has average precision, ROC-AUC and recall at any FPR of 1', () => {
  expect(measure([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0], null)).toEqual({ pr_auc: 1, roc_auc: 1, recall_at_fpr: 1 });
  expect(measure([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0], 0.01).pr_auc).toBeCloseTo(1, 12);
});

test('average precision and ROC-AUC match scikit-learn on a small mixed ranking', () => {
  const m = measure(scores, labels, null);
  expect(m.pr_auc).toBeCloseTo(0.7222222222222222, 12);
  expect(m.roc_auc).toBeCloseTo(0.5555555555555556, 12);
});

test('at 1% prevalence positives are reweighted to 1% of the weight (sklearn with sample_weight)', () => {
  expect(positiveWeight(Uint8Array.from(labels), ones(6), 0.01)).toBeCloseTo((0.01 * 3) / (0.99 * 3), 15);
  expect(measure(scores, labels, 0.01).pr_auc).toBeCloseTo(0.3432673267326733, 12);
  // ROC is a property of each class alone: reweighting cannot move it.
  expect(measure(scores, labels, 0.01).roc_auc).toBeCloseTo(0.5555555555555556, 12);
});

test('recall at an FPR interpolates the ROC curve like np.interp', () => {
  expect(measure(scores, labels, null, 0.5).recall_at_fpr).toBeCloseTo(2 / 3, 12);
  expect(measure(scores, labels, null, 0.2).recall_at_fpr).toBeCloseTo(1 / 3, 12);
  // Ten negatives, the positive ranked below one of them: recall 0 below 10% FPR, then 1.
  const s = [1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05];
  expect(measure(s, [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], null, 0.05).recall_at_fpr).toBeCloseTo(0, 12);
  expect(measure(s, [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], null, 0.1).recall_at_fpr).toBeCloseTo(1, 12);
  // A tie of a positive and a negative is a straight segment from (0, 0) to (0.5, 1).
  expect(measure([0.5, 0.5, 0.1], [1, 0, 0], null, 0.25).recall_at_fpr).toBeCloseTo(0.5, 12);
});

test('tied scores are one threshold, whatever the row order', () => {
  expect(measure([0.5, 0.5], [1, 0], null).pr_auc).toBeCloseTo(0.5, 12);
  expect(measure([0.5, 0.5], [0, 1], null).pr_auc).toBeCloseTo(0.5, 12);
  expect(measure([0.5, 0.5], [0, 1], null).roc_auc).toBeCloseTo(0.5, 12);
});

test('a row drawn twice counts like two copies of it; a row drawn zero times is gone', () => {
  const counted = measure(scores, labels, 0.01, 0.2, [2, 1, 0, 1, 1, 3]);
  const copied = measure([0.9, 0.9, 0.8, 0.6, 0.5, 0.4, 0.4, 0.4], [1, 1, 0, 0, 0, 1, 1, 1], 0.01, 0.2);
  expect(counted.pr_auc).toBeCloseTo(copied.pr_auc, 12);
  expect(counted.roc_auc).toBeCloseTo(copied.roc_auc, 12);
  expect(counted.recall_at_fpr).toBeCloseTo(copied.recall_at_fpr, 12);
});

test('calibration: Brier, equal-mass ECE and reliability bins by hand', () => {
  const p = [0.1, 0.2, 0.3, 0.4, 0.6, 0.9];
  const y = Uint8Array.from([0, 0, 1, 0, 1, 1]);
  const c = calibration(rankingOf(p), p, y, ones(6), 2);
  // Bins of three: {0.1, 0.2, 0.3} predict 0.6 and hold 1 fraud; {0.4, 0.6, 0.9} predict 1.9 and hold 2.
  expect(c.ece).toBeCloseTo((Math.abs(0.6 - 1) + Math.abs(1.9 - 2)) / 6, 12);
  expect(c.brier).toBeCloseTo((0.01 + 0.04 + 0.49 + 0.16 + 0.16 + 0.01) / 6, 12);
  expect(c.by_decile).toEqual([
    { bin: 1, orders: 3, mean_predicted: expect.closeTo(0.2, 12), observed_fraud_rate: 1 / 3 },
    { bin: 2, orders: 3, mean_predicted: expect.closeTo(1.9 / 3, 12), observed_fraud_rate: 2 / 3 },
  ]);
  // A perfectly calibrated set: every bin's mean prediction equals its fraud rate.
  expect(calibration(rankingOf([0.5, 0.5, 0, 0]), [0.5, 0.5, 0, 0], Uint8Array.from([1, 0, 0, 0]), ones(4), 2).ece).toBe(0);
});
