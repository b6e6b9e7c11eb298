import { Link, useParams } from 'react-router';
import { useCan, useCustom, useGetIdentity } from '@refinedev/core';
import { Show } from '@refinedev/antd';
import { Alert, Card, Col, Descriptions, Empty, List, Row, Space, Table, Tag, Timeline, Typography } from 'antd';
import type { DisputeDetail, Me, Message } from '../../types';
import type { ApiError } from '../../providers/http';
import { formatMoney } from '../../lib/money';
import { formatDateTime, shortId } from '../../lib/time';
import { OrderStatusTag } from '../../components/order-status-tag';
import { RiskDecisionTag, RiskScoreTag } from '../../components/risk-tags';
import { DisputeStatusTag, SlaTag } from './status';
import { EvidenceViewer } from './evidence-viewer';
import { ResolutionForm } from './resolution-form';
import { useLiveRecord } from '../../hooks/use-live-record';

function Messages({ messages, partyOf, testId }: { messages: Message[]; partyOf: (id: string) => string; testId: string }) {
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={messages}
      locale={{ emptyText: 'No messages.' }}
      renderItem={(m) => (
        <List.Item key={m.id} data-testid="message">
          {/* Author and date above the message, which takes the full width: List.Item.Meta beside a long
              message was squeezed to a letter-wide column. */}
          <div style={{ width: '100%' }}>
            <Space size={8} wrap data-testid="message-header">
              <Typography.Text strong data-testid="message-author">
                {partyOf(m.author_id)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(m.created_at)}
              </Typography.Text>
            </Space>
            <Typography.Paragraph data-testid="message-body" style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {m.body}
            </Typography.Paragraph>
          </div>
        </List.Item>
      )}
    />
  );
}

/** One dispute with the evidence pack the API assembled, and the resolution form. */
export function DisputeShow() {
  const { id = '' } = useParams();
  const { query, result } = useCustom<DisputeDetail, ApiError>({ url: `/v1/admin/disputes/${encodeURIComponent(id)}`, method: 'get' });
  useLiveRecord('disputes', id, query.refetch);
  const { data: me } = useGetIdentity<Me>();
  const { data: canResolve } = useCan({ resource: 'disputes', action: 'resolve' });
  const d = query.isError ? undefined : result?.data;

  if (query.isError) return <Alert type="error" showIcon message={(query.error as ApiError | null)?.message ?? 'Could not load the dispute'} />;
  if (!d?.pack) return <Show isLoading title="Dispute" />;

  const partyOf = (userId: string) => (userId === d.buyer_id ? 'Buyer' : userId === d.seller_id ? 'Seller' : `Staff ${shortId(userId)}`);
  const refundable = { amount: d.pack.order.amount.amount - d.pack.order.refunded.amount, currency: d.pack.order.amount.currency };
  const deniedReason =
    canResolve && !canResolve.can
      ? 'Your staff role cannot resolve disputes.'
      : me && d.assigned_arbitrator_id !== me.id && !me.roles.includes('admin')
        ? 'Only the assigned arbitrator or an admin may resolve this dispute.'
        : undefined;

  return (
    <Show title={`Dispute · ${d.listing_title}`} headerButtons={<Link to="/disputes">Back to the queue</Link>}>
      <div data-testid="dispute-detail" data-status={d.status}>
        <Descriptions bordered size="small" column={{ xs: 1, md: 2, xl: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="Status">
            <DisputeStatusTag status={d.status} />
          </Descriptions.Item>
          <Descriptions.Item label="Amount">{formatMoney(d.amount)}</Descriptions.Item>
          <Descriptions.Item label="Reason">{d.reason.replace(/_/g, ' ')}</Descriptions.Item>
          <Descriptions.Item label="Order">
            <Space>
              {shortId(d.order_id)}
              <OrderStatusTag status={d.pack.order.status} />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="Assigned">
            {d.assigned_arbitrator_id ? (d.assigned_arbitrator_id === me?.id ? 'me' : shortId(d.assigned_arbitrator_id)) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="SLA">
            <SlaTag dispute={d} />
          </Descriptions.Item>
          <Descriptions.Item label="Seller response due">
            {formatDateTime(d.seller_response_due_at)}
            {d.seller_responded_at ? ' (answered)' : ''}
          </Descriptions.Item>
          <Descriptions.Item label="Evidence due">{formatDateTime(d.evidence_due_at)}</Descriptions.Item>
          <Descriptions.Item label="Opened">{formatDateTime(d.created_at)}</Descriptions.Item>
          <Descriptions.Item label="Buyer's description" span={3}>
            {d.description}
          </Descriptions.Item>
        </Descriptions>

        <Card title="Resolution" size="small" style={{ marginBottom: 16 }}>
          {d.status === 'resolved' ? (
            <Space direction="vertical" data-testid="resolution-result" data-resolution={d.resolution ?? undefined}>
              <Typography.Text>
                <Tag color="green">{d.resolution}</Tag> refunded {formatMoney(d.refund_amount)} · {d.resolved_by ? `by ${shortId(d.resolved_by)}` : 'by the system'} ·{' '}
                {formatDateTime(d.resolved_at)}
              </Typography.Text>
              {d.resolution_note && <Typography.Text type="secondary">{d.resolution_note}</Typography.Text>}
            </Space>
          ) : (
            <ResolutionForm dispute={d} refundable={refundable} deniedReason={deniedReason} onResolved={() => void query.refetch()} />
          )}
        </Card>

        <Row gutter={16}>
          <Col xs={24} xl={12}>
            <Card title="Evidence" size="small" style={{ marginBottom: 16 }}>
              <EvidenceViewer disputeId={d.id} evidence={d.pack.evidence} partyOf={partyOf} />
            </Card>
            <Card title="Dispute thread" size="small" style={{ marginBottom: 16 }}>
              <Messages messages={d.pack.messages.dispute} partyOf={partyOf} testId="dispute-messages" />
            </Card>
            <Card title="Order conversation" size="small" style={{ marginBottom: 16 }}>
              <Messages messages={d.pack.messages.order} partyOf={partyOf} testId="order-messages" />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title="Timeline" size="small" style={{ marginBottom: 16 }}>
              <Timeline
                data-testid="dispute-timeline"
                items={d.pack.transitions.map((t) => ({
                  key: `${t.at}-${t.to}`,
                  children: (
                    <Space direction="vertical" size={0}>
                      <Typography.Text>
                        {t.from ?? '—'} → <b>{t.to}</b> <Typography.Text type="secondary">by {t.actor}</Typography.Text>
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(t.at)}
                        {t.reason ? ` · ${t.reason}` : ''}
                      </Typography.Text>
                    </Space>
                  ),
                }))}
              />
            </Card>
            <Card title="Payment and risk" size="small" style={{ marginBottom: 16 }} data-testid="dispute-payment">
              <Space style={{ marginBottom: 8 }}>
                <RiskScoreTag score={d.pack.payment.risk_score} />
                <RiskDecisionTag decision={d.pack.payment.risk_decision} />
                {d.pack.fraud_cases.map((c) => (
                  <Tag key={c.id} color={c.status === 'open' ? 'red' : 'default'}>
                    fraud case {c.status}
                    {c.decision ? `: ${c.decision}` : ''}
                  </Tag>
                ))}
              </Space>
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={d.pack.payment.attempts}
                columns={[
                  { title: '#', dataIndex: 'attempt' },
                  { title: 'Method', dataIndex: 'payment_method' },
                  { title: 'Amount', key: 'amount', render: (_, a) => formatMoney(a.amount) },
                  { title: 'Status', dataIndex: 'status' },
                  { title: 'At', dataIndex: 'created_at', render: (v: string) => formatDateTime(v) },
                ]}
              />
            </Card>
            <Card title="Shipment" size="small" data-testid="dispute-shipment">
              {d.pack.shipment.carrier ? (
                <Descriptions size="small" column={1}>
                  <Descriptions.Item label="Carrier">{d.pack.shipment.carrier}</Descriptions.Item>
                  <Descriptions.Item label="Tracking">{d.pack.shipment.tracking_number}</Descriptions.Item>
                  <Descriptions.Item label="Shipped">{formatDateTime(d.pack.shipment.shipped_at)}</Descriptions.Item>
                  <Descriptions.Item label="Delivered">{formatDateTime(d.pack.shipment.delivered_at)}</Descriptions.Item>
                </Descriptions>
              ) : (
                <Empty description="Not shipped" />
              )}
            </Card>
          </Col>
        </Row>
      </div>
    </Show>
  );
}

export default DisputeShow;
