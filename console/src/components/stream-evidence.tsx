import { Link } from 'react-router';
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { StreamEvidence } from '../types';
import { formatMoney } from '../lib/money';
import { formatDateTime, shortId } from '../lib/time';

function UserLink({ id }: { id: string }) {
  return (
    <Link to={`/users/${id}`} data-testid="evidence-user">
      <Typography.Text code>{shortId(id)}</Typography.Text>
    </Link>
  );
}

const label = (key: string) => key.replaceAll('_', ' ');

/** What a stream detector saw: its window, counts against thresholds, and the linked accounts, orders and reviews (users link to their pages). */
export function StreamEvidenceCard({ evidence }: { evidence: StreamEvidence }) {
  return (
    <Card title="Evidence" size="small" style={{ marginTop: 16 }} data-testid="case-evidence">
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label="Window">
          {formatDateTime(evidence.window.from)} → {formatDateTime(evidence.window.to)}
        </Descriptions.Item>
        <Descriptions.Item label="Counts">
          <Space wrap>
            {Object.entries(evidence.counts).map(([k, v]) => (
              <Tag key={k} data-testid={`evidence-count-${k}`}>
                {label(k)}: {v}
              </Tag>
            ))}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="Thresholds">
          <Space wrap>
            {Object.entries(evidence.thresholds).map(([k, v]) => (
              <Tag key={k}>
                {label(k)}: {v}
              </Tag>
            ))}
          </Space>
        </Descriptions.Item>
        {evidence.link && (
          <Descriptions.Item label={`Shared ${evidence.link.kind}`}>
            <Typography.Text code copyable={{ text: evidence.link.hash }}>
              {evidence.link.hash.slice(0, 16)}…
            </Typography.Text>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        Linked accounts
      </Typography.Title>
      <Table
        size="small"
        rowKey="user_id"
        pagination={false}
        data-testid="evidence-accounts"
        dataSource={evidence.accounts}
        columns={[
          { title: 'Account', dataIndex: 'user_id', render: (id: string) => <UserLink id={id} /> },
          { title: 'Role', dataIndex: 'role', render: (r: string) => label(r) },
          { title: 'Orders', dataIndex: 'orders', render: (n?: number) => n ?? '—' },
          { title: 'Reviews', dataIndex: 'reviews', render: (n?: number) => n ?? '—' },
        ]}
      />
      {evidence.orders && evidence.orders.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Orders
          </Typography.Title>
          <Table
            size="small"
            rowKey="order_id"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="evidence-orders"
            dataSource={evidence.orders}
            columns={[
              { title: 'Order', dataIndex: 'order_id', render: (id: string) => <Typography.Text code>{shortId(id)}</Typography.Text> },
              { title: 'Buyer', dataIndex: 'buyer_id', render: (id: string) => <UserLink id={id} /> },
              { title: 'Seller', dataIndex: 'seller_id', render: (id: string) => <UserLink id={id} /> },
              { title: 'Amount', dataIndex: 'amount', align: 'right', render: (_, o) => formatMoney(o.amount) },
              { title: 'Paid', dataIndex: 'paid_at', render: (at: string) => formatDateTime(at) },
            ]}
          />
        </>
      )}
      {evidence.reviews && evidence.reviews.length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Reviews
          </Typography.Title>
          <Table
            size="small"
            rowKey="review_id"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            data-testid="evidence-reviews"
            dataSource={evidence.reviews}
            columns={[
              { title: 'Author', dataIndex: 'author_id', render: (id: string) => <UserLink id={id} /> },
              { title: 'Subject', dataIndex: 'subject_id', render: (id: string) => <UserLink id={id} /> },
              { title: 'Rating', dataIndex: 'rating' },
              { title: 'Order', dataIndex: 'order_id', render: (id: string) => <Typography.Text code>{shortId(id)}</Typography.Text> },
              { title: 'Submitted', dataIndex: 'submitted_at', render: (at: string) => formatDateTime(at) },
            ]}
          />
        </>
      )}
    </Card>
  );
}
