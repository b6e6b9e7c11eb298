import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useCan, useCustom } from '@refinedev/core';
import { Show } from '@refinedev/antd';
import { Button, Card, Descriptions, Rate, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEntry, FraudCase, ModerationAction, ModerationActionKind, ModerationHistory, Order, Reputation, Review, UserDetail, UserReport } from '../../types';
import type { ApiError } from '../../providers/http';
import { useCursorList } from '../../hooks/use-cursor-list';
import { CursorTable } from '../../components/cursor-table';
import { AUDIT_COLUMNS } from '../../components/audit-columns';
import { ModerationModal } from '../../components/moderation-modal';
import { ListError } from '../../components/list-error';
import { FraudDecisionTag, RiskScoreTag } from '../../components/risk-tags';
import { ORDER_COLUMNS } from '../../components/order-columns';
import { ReviewFlagTags, ReviewStatusTag } from '../../components/review-tags';
import { formatDateTime, shortId } from '../../lib/time';

const REPORT_COLUMNS: ColumnsType<UserReport> = [
  {
    title: 'Filed',
    dataIndex: 'relation',
    render: (v: UserReport['relation']) => <Tag color={v === 'by' ? 'blue' : 'volcano'}>{v === 'by' ? 'by the user' : 'against the user'}</Tag>,
  },
  {
    title: 'Target',
    key: 'target',
    render: (_, r) => (
      <span>
        {r.target_type} <Typography.Text code>{shortId(r.target_id)}</Typography.Text>
      </span>
    ),
  },
  { title: 'Reason', dataIndex: 'reason' },
  { title: 'Note', dataIndex: 'note', ellipsis: true },
  { title: 'Status', dataIndex: 'status', render: (v: string) => <Tag>{v}</Tag> },
  { title: 'Created', dataIndex: 'created_at', render: (v: string) => formatDateTime(v) },
];

const CASE_COLUMNS: ColumnsType<FraudCase> = [
  {
    title: 'Case',
    dataIndex: 'id',
    render: (id: string) => (
      <Link to={`/fraud-cases/${id}`}>
        <Typography.Text code>{shortId(id)}</Typography.Text>
      </Link>
    ),
  },
  { title: 'Score', dataIndex: 'risk_score', render: (v: number) => <RiskScoreTag score={v} /> },
  { title: 'Reason', dataIndex: 'reason' },
  { title: 'Status', dataIndex: 'status', render: (v: string, r) => (v === 'open' ? <Tag color="gold">open</Tag> : <FraudDecisionTag decision={r.decision} />) },
  { title: 'Opened', dataIndex: 'created_at', render: (v: string) => formatDateTime(v) },
];

const MODERATION_COLUMNS: ColumnsType<ModerationAction> = [
  { title: 'When', dataIndex: 'created_at', render: (v: string) => formatDateTime(v) },
  { title: 'Action', dataIndex: 'action', render: (v: string) => <Tag color={v === 'suspend' ? 'red' : v === 'warn' ? 'orange' : 'green'}>{v}</Tag> },
  { title: 'Reason', dataIndex: 'reason' },
  {
    title: 'Staff',
    dataIndex: 'staff_id',
    render: (v: string) => (
      <Link to={`/users/${v}`}>
        <Typography.Text code>{shortId(v)}</Typography.Text>
      </Link>
    ),
  },
];

/** Reviews by or about `userId`, any status. */
function reviewColumns(userId: string): ColumnsType<Review> {
  return [
    {
      title: 'Review',
      key: 'relation',
      render: (_, r) =>
        r.author_id === userId ? (
          <span>
            <Tag color="blue">by the user</Tag> as {r.author_role} about <Link to={`/users/${r.subject_id}`}>{r.subject_name}</Link>
          </span>
        ) : (
          <span>
            <Tag color="volcano">about the user</Tag> by <Link to={`/users/${r.author_id}`}>{r.author_name}</Link> ({r.author_role})
          </span>
        ),
    },
    { title: 'Rating', dataIndex: 'rating', width: 150, render: (v: number) => <Rate disabled value={v} style={{ fontSize: 14 }} /> },
    {
      title: 'Text',
      dataIndex: 'text',
      render: (_, r) => (
        <Space direction="vertical" size={0} style={{ maxWidth: 380 }}>
          <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: r.text }} data-testid="review-text">
            {r.text}
          </Typography.Paragraph>
          {r.removed_reason && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              Removed: {r.removed_reason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: 'Status',
      key: 'status',
      render: (_, r) => (
        <Space size={[0, 4]} wrap>
          <ReviewStatusTag status={r.status} />
          <ReviewFlagTags flags={r.flags} />
        </Space>
      ),
    },
    { title: 'Written', dataIndex: 'created_at', render: (v: string) => formatDateTime(v) },
  ];
}

/** The user's public reputation (what buyers and sellers see) above every review by or about them. */
function ReviewsTab({ userId }: { userId: string }) {
  const { query } = useCustom<Reputation, ApiError>({ url: `/v1/users/${userId}/reputation`, method: 'get' });
  const rep = query.isError ? undefined : query.data?.data;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {query.isError && <ListError what="the reputation" error={query.error} />}
      {rep && (
        <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} data-testid="user-reputation">
          <Descriptions.Item label="Reputation">
            <Typography.Text strong data-testid="reputation-score">
              {rep.score.toFixed(2)}
            </Typography.Text>{' '}
            / 5{rep.count === 0 && <Typography.Text type="secondary"> (the prior: no visible reviews yet)</Typography.Text>}
          </Descriptions.Item>
          <Descriptions.Item label="Visible reviews">{rep.count}</Descriptions.Item>
          <Descriptions.Item label="Plain average">{rep.average === null ? '–' : rep.average.toFixed(2)}</Descriptions.Item>
        </Descriptions>
      )}
      <UserSubList<Review> resource="user-reviews" path={`/v1/admin/users/${userId}/reviews`} columns={reviewColumns(userId)} what="reviews" testId="user-reviews" />
    </Space>
  );
}

/** A keyset-paged list hanging off the user (`/v1/admin/users/{id}/…` or their timeline). */
function UserSubList<T extends { id: string }>(props: { resource: string; path: string; columns: ColumnsType<T>; what: string; testId: string }) {
  const list = useCursorList<T>({ resource: props.resource, path: props.path, pageSize: 10 });
  return <CursorTable list={list} columns={props.columns} what={props.what} testId={props.testId} rowTestId={`${props.testId}-row`} status="all" emptyText={`No ${props.what}.`} />;
}

function ModerationHistoryTab({ userId, version }: { userId: string; version: number }) {
  const { query } = useCustom<ModerationHistory, ApiError>({ url: `/v1/admin/users/${userId}/moderation`, method: 'get', meta: { version } });
  if (query.isError) return <ListError what="the moderation history" error={query.error} />;
  return (
    <div data-testid="moderation-history">
      <Table<ModerationAction>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={query.isLoading}
        columns={MODERATION_COLUMNS}
        dataSource={query.data?.data.data ?? []}
        locale={{ emptyText: 'No moderation actions.' }}
      />
    </div>
  );
}

/** One user: profile, roles, moderation state; their orders, reports, reviews, cases, history and timeline; moderation actions. */
export function UserShow() {
  const { id = '' } = useParams();
  const { query } = useCustom<UserDetail, ApiError>({ url: `/v1/admin/users/${id}`, method: 'get' });
  const { data: moderate } = useCan({ resource: 'users', action: 'moderate' });
  // A user's reports, reviews and cases need the permissions that read those, not only users.read.
  const { data: readReports } = useCan({ resource: 'reports', action: 'list' });
  const { data: readReviews } = useCan({ resource: 'reviews', action: 'list' });
  const { data: readCases } = useCan({ resource: 'fraud-cases', action: 'list' });
  const [action, setAction] = useState<ModerationActionKind | null>(null);
  // Bumped after a moderation action so the history tab refetches too.
  const [version, setVersion] = useState(0);
  // Not `result.data`: Refine fills that with {} until the answer arrives.
  const user = query.isError ? undefined : query.data?.data;
  const canModerate = moderate?.can === true;
  const refresh = () => {
    void query.refetch();
    setVersion((v) => v + 1);
  };

  const actions = user && canModerate && (
    <Space data-testid="moderation-actions">
      <Button onClick={() => setAction('warn')} data-testid="action-warn">
        Warn
      </Button>
      {user.moderation.suspended_at ? (
        <Button type="primary" onClick={() => setAction('reinstate')} data-testid="action-reinstate">
          Reinstate
        </Button>
      ) : (
        <Button danger type="primary" onClick={() => setAction('suspend')} data-testid="action-suspend">
          Suspend
        </Button>
      )}
    </Space>
  );

  const base = `/v1/admin/users/${id}`;
  const tabs = [
    { key: 'orders', label: 'Orders', children: <UserSubList<Order> resource="user-orders" path={`${base}/orders`} columns={ORDER_COLUMNS} what="orders" testId="user-orders" /> },
    ...(readReports?.can === true
      ? [
          {
            key: 'reports',
            label: <span data-testid="tab-reports">Reports</span>,
            children: <UserSubList<UserReport> resource="user-reports" path={`${base}/reports`} columns={REPORT_COLUMNS} what="reports" testId="user-reports" />,
          },
        ]
      : []),
    ...(readReviews?.can === true ? [{ key: 'reviews', label: <span data-testid="tab-reviews">Reviews</span>, children: <ReviewsTab userId={id} /> }] : []),
    ...(readCases?.can === true
      ? [
          {
            key: 'fraud-cases',
            label: <span data-testid="tab-fraud-cases">Fraud cases</span>,
            children: <UserSubList<FraudCase> resource="user-fraud-cases" path={`${base}/fraud-cases`} columns={CASE_COLUMNS} what="fraud cases" testId="user-cases" />,
          },
        ]
      : []),
    ...(canModerate
      ? [{ key: 'moderation', label: <span data-testid="tab-moderation">Moderation history</span>, children: <ModerationHistoryTab userId={id} version={version} /> }]
      : []),
    {
      key: 'timeline',
      label: <span data-testid="tab-timeline">Timeline</span>,
      children: (
        <UserSubList<AuditEntry>
          key={version}
          resource="user-timeline"
          path={`/v1/admin/timeline/user/${id}`}
          columns={AUDIT_COLUMNS}
          what="recorded decisions"
          testId="user-timeline"
        />
      ),
    },
  ];

  return (
    <Show title={user ? user.display_name : `User ${shortId(id)}`} isLoading={query.isLoading} headerButtons={actions || <></>}>
      {query.isError && <ListError what="this user" error={query.error} />}
      {user && (
        <>
          <Card size="small" data-testid="user-detail" data-suspended={user.moderation.suspended_at ? 'true' : 'false'}>
            <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
              <Descriptions.Item label="Email">{user.email}</Descriptions.Item>
              <Descriptions.Item label="ID">
                <Typography.Text code copyable>
                  {user.id}
                </Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label="Roles">
                {user.roles.length ? user.roles.map((r) => <Tag key={r}>{r}</Tag>) : <Typography.Text type="secondary">none</Typography.Text>}
              </Descriptions.Item>
              <Descriptions.Item label="Joined">{formatDateTime(user.created_at)}</Descriptions.Item>
              <Descriptions.Item label="State">
                {user.moderation.suspended_at ? (
                  <Tag color="red" data-testid="user-state">
                    suspended {formatDateTime(user.moderation.suspended_at)}
                  </Tag>
                ) : (
                  <Tag color="green" data-testid="user-state">
                    active
                  </Tag>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="Payouts">{user.moderation.payouts_frozen ? <Tag color="red">frozen</Tag> : <Tag>normal</Tag>}</Descriptions.Item>
              <Descriptions.Item label="Warnings">{user.moderation.warnings}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Tabs style={{ marginTop: 16 }} items={tabs} destroyOnHidden />
        </>
      )}
      <ModerationModal userId={id} action={action} onClose={() => setAction(null)} onDone={refresh} />
    </Show>
  );
}

export default UserShow;
