import { Tooltip, Typography } from 'antd';
import type { RiskReason } from '../types';

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;

/** Why the model scored what it did: the features that raised the score most, in words, largest first. */
export function RiskReasons({ reasons }: { reasons: readonly RiskReason[] }) {
  if (reasons.length === 0) return null;
  return (
    <ul data-testid="risk-reasons" style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
      {[...reasons]
        .sort((a, b) => b.contribution - a.contribution)
        .map((r) => (
          <li key={r.feature} data-feature={r.feature}>
            <Tooltip title={`${r.feature}: without it the probability would be ${r.contribution.toFixed(2)} lower`}>
              <Typography.Text>{sentence(r.text)}</Typography.Text>
            </Tooltip>
          </li>
        ))}
    </ul>
  );
}
