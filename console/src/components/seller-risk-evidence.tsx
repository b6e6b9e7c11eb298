import { Card, Descriptions, List, Typography } from 'antd';
import type { SellerRiskEvidence } from '../types';
import { shortId } from '../lib/time';

/** What opened a seller-risk case: the payout score's reasons in words and the order being paid out. */
export function SellerRiskEvidenceCard({ evidence }: { evidence: SellerRiskEvidence }) {
  return (
    <Card title="Seller risk" size="small" style={{ marginTop: 16 }} data-testid="case-evidence">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label="Order paid out">
          <Typography.Text code copyable={{ text: evidence.order_id }}>
            {shortId(evidence.order_id)}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label="Model">{evidence.version}</Descriptions.Item>
      </Descriptions>
      <List size="small" data-testid="evidence-reasons" dataSource={evidence.reasons} renderItem={(r) => <List.Item>{r.text}</List.Item>} />
    </Card>
  );
}
