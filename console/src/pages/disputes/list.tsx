import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { type CrudFilter, useGetIdentity } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { Segmented, Space, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dispute, DisputeStatus, Me } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { ageColumn } from '../../components/age-column';
import { RefreshButton } from '../../components/refresh-button';
import { CursorTable } from '../../components/cursor-table';
import { formatMoney } from '../../lib/money';
import { shortId } from '../../lib/time';
import { DisputeStatusTag, SlaTag } from './status';

type Assigned = 'all' | 'me' | 'unassigned';
const STATUSES: (DisputeStatus | 'all')[] = ['all', 'awaiting_seller', 'under_review', 'resolved'];

/** The dispute queue: live, filtered by status and assignment, with the arbitration SLA. */
export function DisputeList() {
  const [params, setParams] = useSearchParams();
  const status = (STATUSES.find((s) => s === params.get('status')) ?? 'all') as DisputeStatus | 'all';
  const assigned = (['me', 'unassigned'].find((a) => a === params.get('assigned')) ?? 'all') as Assigned;
  const filters = useMemo<CrudFilter[]>(
    () => [
      { field: 'status', operator: 'eq', value: status === 'all' ? undefined : status },
      { field: 'assigned', operator: 'eq', value: assigned },
    ],
    [status, assigned],
  );
  const list = useCursorList<Dispute>({ resource: 'disputes', filters, live: true });
  const { data: me } = useGetIdentity<Me>();
  const set = (next: { status?: string; assigned?: string }) => {
    const merged = { status, assigned, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== 'all')));
  };

  const columns: ColumnsType<Dispute> = [
    {
      title: 'Dispute',
      key: 'dispute',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Link to={`/disputes/${r.id}`} data-testid={`dispute-link-${r.id}`}>
            {r.listing_title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.reason.replace(/_/g, ' ')} · {shortId(r.id)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: 'Status', dataIndex: 'status', render: (_, r) => <DisputeStatusTag status={r.status} /> },
    { title: 'Amount', key: 'amount', align: 'right', render: (_, r) => formatMoney(r.amount) },
    {
      title: 'Assigned',
      dataIndex: 'assigned_arbitrator_id',
      render: (v: string | null) => <span data-testid="dispute-assignee">{v === null ? '—' : v === me?.id ? 'me' : shortId(v)}</span>,
    },
    { title: 'SLA', key: 'sla', render: (_, r) => <SlaTag dispute={r} /> },
    ageColumn('Opened'),
  ];

  return (
    <List
      title="Disputes"
      headerButtons={
        <Space wrap>
          <Segmented<Assigned>
            aria-label="Assigned"
            data-testid="dispute-assigned"
            value={assigned}
            options={[
              { label: 'All', value: 'all' },
              { label: 'Mine', value: 'me' },
              { label: 'Unassigned', value: 'unassigned' },
            ]}
            onChange={(v) => set({ assigned: v })}
          />
          <RefreshButton list={list} />
        </Space>
      }
    >
      <Tabs activeKey={status} onChange={(key) => set({ status: key })} items={STATUSES.map((s) => ({ key: s, label: s === 'all' ? 'All' : s.replace(/_/g, ' ') }))} />
      <CursorTable list={list} columns={columns} what="disputes" testId="disputes-table" rowTestId="dispute-row" status={status} emptyText="No disputes here." />
    </List>
  );
}

export default DisputeList;
