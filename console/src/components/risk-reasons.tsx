import { Tooltip, Typography } from 'antd';
import type { RiskReason } from '../types';

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/** Reasons, the one that raised the score most first. */
export const byContribution = (reasons: readonly RiskReason[]) => [...reasons].sort((a, b) => b.contribution - a.contribution);

/** Why the model scored what it did: the features that raised the score most, in words, largest first. */
export function RiskReasons({ reasons }: { reasons: readonly RiskReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul data-testid="risk-reasons" style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {byContribution(reasons).map((r) => (
        <li key={r.feature} data-feature={r.feature}>
          <Tooltip title={`${r.feature}: without it the probability would be ${r.contribution.toFixed(2)} lower`}>
            <Typography.Text>{sentence(r.text)}</Typography.Text>
          </Tooltip>
        </li>
      ))}
    </ul>
  );
}
