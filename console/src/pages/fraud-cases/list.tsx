import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCan, type CrudFilter } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { Button, Segmented, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { FraudCase, FraudCaseInbox, FraudCaseSource, FraudDecision } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { ageColumn } from '../../components/age-column';
import { RefreshButton } from '../../components/refresh-button';
import { CursorTable } from '../../components/cursor-table';
import { DecisionModal } from '../../components/decision-modal';
import { FraudDecisionTag, RiskScoreTag } from '../../components/risk-tags';
import { OrderStatusTag } from '../../components/order-status-tag';
import { formatMoney } from '../../lib/money';
import { formatDateTime, shortId } from '../../lib/time';

type PendingDecision = { fraudCase: FraudCase; decision: FraudDecision };

type DecisionCellProps = {
  record: FraudCase;
  onDecide: (d: PendingDecision) => void;
  /** undefined = allowed; a string = why the role may not decide (buttons disabled). */
  deniedReason?: string;
};

function DecisionCell({ record, onDecide, deniedReason }: DecisionCellProps) {
  if (record.status === 'closed') {
    return (
      <Space direction="vertical" size={2} data-testid={`case-decision-${record.id}`}>
        <FraudDecisionTag decision={record.decision} />
        {record.decision_note && (
          <Typography.Paragraph style={{ margin: 0, maxWidth: 320 }} ellipsis={{ rows: 3, tooltip: record.decision_note }} data-testid="case-note">
            {record.decision_note}
          </Typography.Paragraph>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {record.decided_by ? `by ${shortId(record.decided_by)} · ` : ''}
          {formatDateTime(record.decided_at)}
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Tooltip title={deniedReason}>
      <Space>
        <Button size="small" disabled={!!deniedReason} onClick={() => onDecide({ fraudCase: record, decision: 'clear' })}>
          Clear
        </Button>
        <Button size="small" danger disabled={!!deniedReason} onClick={() => onDecide({ fraudCase: record, decision: 'confirm_fraud' })}>
          Confirm fraud
        </Button>
      </Space>
    </Tooltip>
  );
}

type Tab = FraudCaseInbox | 'closed';

/** Inbox tabs over open cases (see fraud-case-workflow.routes.ts), then every closed case. */
const TABS: { key: Tab; label: string; inbox: FraudCaseInbox; empty: string }[] = [
  { key: 'unassigned', label: 'Unassigned', inbox: 'unassigned', empty: 'No unassigned cases. The queue is empty.' },
  { key: 'mine', label: 'Mine', inbox: 'mine', empty: 'No open cases are assigned to you.' },
  { key: 'all', label: 'All open', inbox: 'all', empty: 'No open cases.' },
  { key: 'closed', label: 'Closed', inbox: 'all', empty: 'No closed cases.' },
];

/** The live review queue (landing page): new cases appear without a reload; rows open the case. */
export function FraudCaseList() {
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t.key === params.get('tab')) ?? TABS[0]!;
  const status = tab.key === 'closed' ? 'closed' : 'open';
  // Payment-time, stream and seller-risk cases share the inbox; the source filter narrows it to one kind.
  const source = (['payment', 'stream', 'seller_risk'] as const).find((s) => s === params.get('source')) as FraudCaseSource | undefined;
  const filters = useMemo<CrudFilter[]>(
    () => [
      { field: 'status', operator: 'eq', value: status },
      { field: 'inbox', operator: 'eq', value: tab.inbox },
      ...(source ? [{ field: 'source', operator: 'eq' as const, value: source }] : []),
    ],
    [status, tab.inbox, source],
  );
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  const list = useCursorList<FraudCase>({ resource: 'fraud-cases', filters, live: true });
  const [pending, setPending] = useState<PendingDecision | null>(null);
  const { data: decide } = useCan({ resource: 'fraud-cases', action: 'decide' });
  const deniedReason = decide && !decide.can ? (decide.reason ?? 'Your staff role cannot decide fraud cases.') : undefined;

  const columns: ColumnsType<FraudCase> = [
    {
      title: 'Case',
      dataIndex: 'id',
      render: (id: string) => (
        <Link to={`/fraud-cases/${id}`} data-testid={`case-link-${id}`}>
          <Typography.Text code>{shortId(id)}</Typography.Text>
        </Link>
      ),
    },
    {
      title: 'Score',
      dataIndex: 'risk_score',
      width: 80,
      render: (_, r) => <RiskScoreTag score={r.risk_score} />,
    },
    {
      title: 'Reason',
      dataIndex: 'reason',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{r.reason}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.order ? (
              <>
                {r.order.listing_title} · <OrderStatusTag status={r.order.status} />
              </>
            ) : (
              <Tag color="purple" data-testid={`case-source-${r.source}`}>
                {r.source === 'stream' ? `stream · ${r.detector}` : 'seller risk'}
              </Tag>
            )}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Order amount',
      key: 'amount',
      align: 'right',
      render: (_, r) => <span data-testid="case-amount">{r.order ? formatMoney(r.order.amount) : '—'}</span>,
    },
    {
      title: 'Model',
      dataIndex: 'model_version',
      render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
    },
    ageColumn(),
    {
      title: 'Assignee',
      dataIndex: 'assignee_id',
      render: (v: string | null) => (v ? <Typography.Text code>{shortId(v)}</Typography.Text> : <Typography.Text type="secondary">—</Typography.Text>),
    },
    {
      title: status === 'open' ? 'Actions' : 'Decision',
      key: 'decision',
      render: (_, r) => <DecisionCell record={r} onDecide={setPending} deniedReason={deniedReason} />,
    },
  ];

  return (
    <List title="Fraud cases" headerButtons={<RefreshButton list={list} />}>
      <Tabs
        activeKey={tab.key}
        onChange={(key) => setParam('tab', key === TABS[0]!.key ? undefined : key)}
        items={TABS.map((t) => ({ key: t.key, label: <span data-testid={`inbox-${t.key}`}>{t.label}</span> }))}
        tabBarExtraContent={
          <Segmented
            data-testid="source-filter"
            value={source ?? 'all'}
            onChange={(v) => setParam('source', v === 'all' ? undefined : String(v))}
            options={[
              { label: 'All sources', value: 'all' },
              { label: 'Payment', value: 'payment' },
              { label: 'Stream', value: 'stream' },
              { label: 'Seller risk', value: 'seller_risk' },
            ]}
          />
        }
      />
      <CursorTable list={list} columns={columns} what="fraud cases" testId="cases-table" rowTestId="case-row" status={tab.key} emptyText={tab.empty} />
      <DecisionModal fraudCase={pending?.fraudCase ?? null} decision={pending?.decision ?? null} onClose={() => setPending(null)} />
    </List>
  );
}

export default FraudCaseList;
