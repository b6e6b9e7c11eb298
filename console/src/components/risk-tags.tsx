import { Space, Tag, Tooltip } from 'antd';
import type { FraudDecision, RiskDecision } from '../types';

/** ≥90 red, ≥65 orange, else green. */
export function riskColor(score: number): 'red' | 'orange' | 'green' {
  if (score >= 90) return 'red';
  if (score >= 65) return 'orange';
  return 'green';
}

export function RiskScoreTag({ score }: { score: number | null | undefined }) {
  if (score === null || score === undefined) {
    return (
      <Tag data-testid="risk-score" data-risk="none">
        not scored
      </Tag>
    );
  }
  const color = riskColor(score);
  return (
    <Tag color={color} data-testid="risk-score" data-risk={color}>
      {Math.round(score)}
    </Tag>
  );
}

const RISK_DECISION_COLORS: Record<RiskDecision, string> = { allow: 'green', step_up: 'blue', review: 'gold', block: 'red' };

export function RiskDecisionTag({ decision }: { decision: RiskDecision | null | undefined }) {
  if (!decision) return null;
  return (
    <Tag color={RISK_DECISION_COLORS[decision]} data-testid="risk-decision">
      {decision}
    </Tag>
  );
}

export function RiskCell({ score, decision }: { score: number | null; decision: RiskDecision | null }) {
  return (
    <Space size={4}>
      <RiskScoreTag score={score} />
      <RiskDecisionTag decision={decision} />
    </Space>
  );
}

export const FRAUD_DECISION_LABELS: Record<FraudDecision, string> = {
  clear: 'Cleared',
  confirm_fraud: 'Fraud confirmed',
};

export function FraudDecisionTag({ decision }: { decision: FraudDecision | null }) {
  if (!decision) return <Tag>undecided</Tag>;
  return (
    <Tooltip title={decision}>
      <Tag color={decision === 'clear' ? 'green' : 'red'} data-testid="case-decision" data-decision={decision}>
        {FRAUD_DECISION_LABELS[decision]}
      </Tag>
    </Tooltip>
  );
}
