// Issue 16's targets, judged on a set's point estimates. A model is promoted only if every target
// holds on both sets.

export interface TargetInputs {
  pr_auc: number;
  rules_pr_auc: number;
  recall_at_1pct_fpr: number;
  ece: number;
  /** Per legitimate segment: the share blocked and the share that reached the review queue. */
  segments: Readonly<Record<string, { reviewed: number; blocked: number }>>;
  monotonicity_violations: number;
}

export interface TargetResult {
  target: string;
  value: number;
  pass: boolean;
  /** The segment behind a per-segment value (the worst one). */
  segment?: string;
}

export const TARGETS = {
  min_pr_auc: 0.45,
  min_pr_auc_vs_rules: 2.5,
  min_recall_at_1pct_fpr: 0.5,
  max_segment_blocked: 0.005,
  max_segment_reviewed: 0.03,
  max_ece: 0.01,
} as const;

function worst(segments: TargetInputs['segments'], rate: 'reviewed' | 'blocked'): { value: number; segment?: string } {
  let result: { value: number; segment?: string } = { value: 0 };
  for (const [segment, rates] of Object.entries(segments)) if (rates[rate] >= result.value) result = { value: rates[rate], segment };
  return result;
}

export function judgeTargets(m: TargetInputs): TargetResult[] {
  const blocked = worst(m.segments, 'blocked');
  const reviewed = worst(m.segments, 'reviewed');
  const ratio = m.pr_auc / m.rules_pr_auc;
  return [
    { target: `PR-AUC at 1% prevalence ≥ ${TARGETS.min_pr_auc}`, value: m.pr_auc, pass: m.pr_auc >= TARGETS.min_pr_auc },
    { target: `PR-AUC ≥ ${TARGETS.min_pr_auc_vs_rules}× the rules baseline`, value: ratio, pass: ratio >= TARGETS.min_pr_auc_vs_rules },
    { target: `recall at 1% FPR ≥ ${TARGETS.min_recall_at_1pct_fpr}`, value: m.recall_at_1pct_fpr, pass: m.recall_at_1pct_fpr >= TARGETS.min_recall_at_1pct_fpr },
    { target: `no legitimate segment blocked above ${TARGETS.max_segment_blocked * 100}%`, ...blocked, pass: blocked.value <= TARGETS.max_segment_blocked },
    { target: `no legitimate segment reviewed above ${TARGETS.max_segment_reviewed * 100}%`, ...reviewed, pass: reviewed.value <= TARGETS.max_segment_reviewed },
    { target: `ECE < ${TARGETS.max_ece}`, value: m.ece, pass: m.ece < TARGETS.max_ece },
    { target: 'no move against a monotone direction', value: m.monotonicity_violations, pass: m.monotonicity_violations === 0 },
  ];
}
