import { API_DEFAULT_THRESHOLDS, queueRates, rungShares, rungsOf } from './decision-rates';

const ladder = { step_up: 40, review: 65, block: 90 };

test('rungs follow the served score (rounded to 0–100) and ladder', () => {
  expect(Array.from(rungsOf([0.3949, 0.3951, 0.6449, 0.6451, 0.8949, 0.8951], ladder))).toEqual([0, 1, 1, 2, 2, 3]);
  // The API defaults have no step-up band: 65 is review.
  expect(Array.from(rungsOf([0.64, 0.65], API_DEFAULT_THRESHOLDS))).toEqual([0, 2]);
});

test('a rung counts the rows decided there or stricter', () => {
  const rungs = Uint8Array.from([0, 1, 2, 3]);
  expect(rungShares(rungs, Uint32Array.from([0, 1, 2, 3]), [1, 1, 1, 1])).toEqual({ stepped_up: 0.75, reviewed: 0.5, blocked: 0.25 });
  expect(rungShares(rungs, Uint32Array.from([0, 3]), [3, 0, 0, 1])).toEqual({ stepped_up: 0.25, reviewed: 0.25, blocked: 0.25 });
});

test('queue rates weigh positives, and the review queue holds reviewed and blocked rows', () => {
  // Two positives (one reviewed, one allowed) weighing 0.5 each; two negatives, one blocked.
  const q = queueRates(Uint8Array.from([2, 0, 3, 0]), Uint8Array.from([1, 1, 0, 0]), [1, 1, 1, 1], 0.5);
  expect(q).toEqual({ stepped_up: 1.5 / 3, reviewed: 1.5 / 3, blocked: 1 / 3, review_precision: 0.5 / 1.5 });
});
