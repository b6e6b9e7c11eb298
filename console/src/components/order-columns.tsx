import { Popover, Space, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Order, OrderStatus } from '../types';
import { RiskCell } from './risk-tags';
import { RiskReasons, byContribution } from './risk-reasons';
import { OrderStatusTag } from './order-status-tag';
import { formatMoney } from '../lib/money';
import { formatDateTime, shortId } from '../lib/time';

/** Columns of an admin order table (the orders page and a user's orders). */
export const ORDER_COLUMNS: ColumnsType<Order> = [
  {
    title: 'ID',
    dataIndex: 'id',
    width: 110,
    render: (id: string) => (
      <Tooltip title={id}>
        <Typography.Text code copyable={{ text: id, tooltips: ['Copy order id', 'Copied'] }}>
          {shortId(id)}
        </Typography.Text>
      </Tooltip>
    ),
  },
  { title: 'Listing', dataIndex: 'listing_title', ellipsis: true },
  {
    title: 'Amount',
    key: 'amount',
    align: 'right',
    render: (_, r) => <span data-testid="order-amount">{formatMoney(r.amount)}</span>,
  },
  { title: 'Status', dataIndex: 'status', render: (s: OrderStatus) => <OrderStatusTag status={s} /> },
  {
    title: 'Risk',
    key: 'risk',
    render: (_, r) => (
      <Space size={4} direction="vertical">
        <RiskCell score={r.risk_score} decision={r.risk_decision} />
        {r.risk_reasons.length > 0 && (
          <Popover title="Why this score" content={<RiskReasons reasons={r.risk_reasons} />}>
            <Typography.Text type="secondary" ellipsis style={{ maxWidth: 220 }} data-testid="risk-reasons-summary">
              {r.risk_reasons.length === 1 ? '1 reason' : `${r.risk_reasons.length} reasons`}: {byContribution(r.risk_reasons)[0]!.text}
            </Typography.Text>
          </Popover>
        )}
      </Space>
    ),
  },
  {
    title: 'Created',
    dataIndex: 'created_at',
    render: (v: string) => (
      <Tooltip title={v}>
        <span>{formatDateTime(v)}</span>
      </Tooltip>
    ),
  },
];
