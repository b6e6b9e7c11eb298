import { judgeTargets, type TargetInputs } from './targets';

const holding: TargetInputs = {
  pr_auc: 0.5,
  rules_pr_auc: 0.2,
  recall_at_1pct_fpr: 0.5,
  ece: 0.009,
  segments: { ordinary: { reviewed: 0.01, blocked: 0.001 }, households: { reviewed: 0.03, blocked: 0.005 } },
  monotonicity_violations: 0,
};
const failing = (m: TargetInputs) =>
  judgeTargets(m)
    .filter((t) => !t.pass)
    .map((t) => t.target);

test('a model at every bound passes every target', () => {
  expect(failing(holding)).toEqual([]);
  expect(judgeTargets(holding)).toHaveLength(7);
});

test('each target fails on its own', () => {
  expect(failing({ ...holding, pr_auc: 0.449, rules_pr_auc: 0.1 })).toEqual(['PR-AUC at 1% prevalence ≥ 0.45']);
  expect(failing({ ...holding, rules_pr_auc: 0.21 })).toEqual(['PR-AUC ≥ 2.5× the rules baseline']);
  expect(failing({ ...holding, recall_at_1pct_fpr: 0.49 })).toEqual(['recall at 1% FPR ≥ 0.5']);
  expect(failing({ ...holding, ece: 0.01 })).toEqual(['ECE < 0.01']);
  expect(failing({ ...holding, monotonicity_violations: 1 })).toEqual(['no move against a monotone direction']);
});

test('the worst legitimate segment decides the per-segment targets, and is named', () => {
  const results = judgeTargets({ ...holding, segments: { ...holding.segments, new_devices: { reviewed: 0.18, blocked: 0.02 } } });
  expect(results.filter((t) => !t.pass)).toEqual([
    { target: 'no legitimate segment blocked above 0.5%', value: 0.02, segment: 'new_devices', pass: false },
    { target: 'no legitimate segment reviewed above 3%', value: 0.18, segment: 'new_devices', pass: false },
  ]);
});
