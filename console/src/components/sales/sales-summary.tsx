import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { SalesSummary } from '../../lib/sales';
import { formatMinor } from '../../lib/money';

/** Total orders, then one card per currency with its GMV (never summed across currencies). */
export function SalesSummaryCards({ summary, loading }: { summary: SalesSummary; loading: boolean }) {
  return (
    <Row gutter={[16, 16]} data-testid="sales-summary">
      <Col xs={24} sm={12} lg={6}>
        <Card loading={loading}>
          <div data-testid="summary-total-orders">
            <Statistic title="Total orders" value={summary.totalOrders} />
          </div>
        </Card>
      </Col>
      {summary.byCurrency.map((c) => (
        <Col xs={24} sm={12} lg={6} key={c.currency}>
          <Card loading={loading}>
            <div data-testid={`summary-gmv-${c.currency}`}>
              <Statistic title={`GMV ${c.currency}`} value={formatMinor(c.gmv, c.currency)} />
            </div>
            <Typography.Text type="secondary">
              {c.orders} {c.orders === 1 ? 'order' : 'orders'}
            </Typography.Text>
          </Card>
        </Col>
      ))}
      {summary.byCurrency.length === 0 && !loading && (
        <Col xs={24} sm={12} lg={6}>
          <Card>
            <Statistic title="GMV" value="—" />
          </Card>
        </Col>
      )}
    </Row>
  );
}
