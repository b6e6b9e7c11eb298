import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCan, useInvalidate, type CrudFilter } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { App, Button, Space, Tabs, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { BulkDecisionResult, ListingDecision, QueuedListing } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { useBulkUndo } from '../../hooks/use-bulk-undo';
import { ageColumn } from '../../components/age-column';
import { RefreshButton } from '../../components/refresh-button';
import { CursorTable } from '../../components/cursor-table';
import { NoteModal, type NoteRequest } from '../../components/note-modal';
import { ListingFlagTags } from '../../components/listing-flag-tags';
import { ListingPhotos } from '../../components/listing-photos';
import { apiFetch } from '../../providers/http';
import { formatMoney } from '../../lib/money';

const TABS = [
  { key: 'pending_review', label: 'Pending review' },
  { key: 'changes_requested', label: 'Changes requested' },
  { key: 'rejected', label: 'Rejected' },
  { key: 'active', label: 'Active' },
] as const;
type QueueStatus = (typeof TABS)[number]['key'];

const CONDITION_LABELS: Record<QueuedListing['condition'], string> = { new: 'New', like_new: 'Like new', good: 'Good', fair: 'Fair' };

const VERB: Record<ListingDecision, string> = { approve: 'Approve', request_changes: 'Request changes', reject: 'Reject' };

/** Which decisions a listing in this tab can take (the API enforces the same table). */
const DECISIONS: Record<QueueStatus, ListingDecision[]> = {
  pending_review: ['approve', 'request_changes', 'reject'],
  changes_requested: ['approve', 'reject'],
  rejected: ['approve'],
  active: ['request_changes', 'reject'],
};

/** The listing review queue: tabs per status, single decisions with a note, bulk approve / reject with undo. */
export function ListingModerationList() {
  const [params, setParams] = useSearchParams();
  const status = (TABS.find((t) => t.key === params.get('status'))?.key ?? 'pending_review') as QueueStatus;
  const filters = useMemo<CrudFilter[]>(() => [{ field: 'status', operator: 'eq', value: status }], [status]);
  const list = useCursorList<QueuedListing>({ resource: 'listings', filters, live: true });
  const invalidate = useInvalidate();
  const { notification } = App.useApp();
  const [selected, setSelected] = useState<string[]>([]);
  const [noteRequest, setNoteRequest] = useState<NoteRequest | null>(null);
  const { data: can } = useCan({ resource: 'listings', action: 'decide' });
  const denied = can && !can.can ? (can.reason ?? 'Your staff role cannot moderate listings.') : undefined;

  const refresh = () => invalidate({ resource: 'listings', invalidates: ['list'] });

  const decideOne = (listing: QueuedListing, decision: ListingDecision) =>
    setNoteRequest({
      title: `${VERB[decision]}: ${listing.title}`,
      label: 'Note',
      // The seller reads the note to know what to fix or why the listing went.
      required: decision !== 'approve',
      okText: VERB[decision],
      danger: decision === 'reject',
      submit: async (note) => {
        await apiFetch(`/v1/admin/listings/${encodeURIComponent(listing.id)}/decision`, { method: 'POST', body: { decision, note } });
        notification.success({ key: `listing-${listing.id}`, message: `${VERB[decision]}: done`, description: listing.title });
        await refresh();
      },
    });

  const announce = useBulkUndo('/v1/admin/listings/bulk-decision', refresh);

  const decideBulk = (decision: 'approve' | 'reject') =>
    setNoteRequest({
      title: `${VERB[decision]} ${selected.length} listing${selected.length === 1 ? '' : 's'}`,
      label: 'Note',
      required: decision === 'reject',
      okText: VERB[decision],
      danger: decision === 'reject',
      submit: async (note) => {
        const result = await apiFetch<BulkDecisionResult>('/v1/admin/listings/bulk-decision', { method: 'POST', body: { ids: selected, decision, note } });
        setSelected([]);
        announce(result, (n) => `${VERB[decision]}: ${n} listing${n === 1 ? '' : 's'}`);
        await refresh();
      },
    });

  const columns: ColumnsType<QueuedListing> = [
    {
      title: 'Listing',
      width: 190,
      key: 'listing',
      render: (_, r) => (
        <Space direction="vertical" size={0} style={{ maxWidth: 360 }}>
          <Link to={`/listings/${r.id}`}>
            <Typography.Text strong>{r.title}</Typography.Text>
          </Link>
          <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 12 }} ellipsis={{ rows: 2, tooltip: r.description }}>
            {r.description}
          </Typography.Paragraph>
          {r.moderation_note && (
            <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="listing-note">
              Note: {r.moderation_note}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: 'Item',
      key: 'item',
      width: 170,
      render: (_, r) => (
        <Space direction="vertical" size={0} data-testid="listing-item">
          <Typography.Text>{r.category_path.map((c) => c.name).join(' › ')}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[CONDITION_LABELS[r.condition], r.location?.place].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Seller',
      key: 'seller',
      width: 180,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{r.seller.display_name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 170 }} ellipsis={{ tooltip: r.seller.email }}>
            {r.seller.email}
          </Typography.Text>
        </Space>
      ),
    },
    { title: 'Price', key: 'price', align: 'right', render: (_, r) => formatMoney(r.price) },
    { title: 'Photos', key: 'photos', width: 220, render: (_, r) => <ListingPhotos images={r.images} /> },
    { title: 'Flags', key: 'flags', render: (_, r) => <ListingFlagTags flags={r.flags} openReports={r.open_reports} /> },
    ageColumn(),
    {
      title: 'Actions',
      key: 'actions',
      render: (_, r) => (
        <Tooltip title={denied}>
          <Space>
            {DECISIONS[status].map((d) => (
              <Button
                key={d}
                size="small"
                danger={d === 'reject'}
                type={d === 'approve' ? 'primary' : 'default'}
                disabled={!!denied}
                onClick={() => decideOne(r, d)}
                data-testid={`listing-${d}`}
              >
                {VERB[d]}
              </Button>
            ))}
          </Space>
        </Tooltip>
      ),
    },
  ];

  const canApprove = DECISIONS[status].includes('approve');
  const canReject = DECISIONS[status].includes('reject');
  return (
    <List
      title="Listing review"
      headerButtons={
        <Space>
          <Button type="primary" disabled={!selected.length || !canApprove || !!denied} onClick={() => decideBulk('approve')} data-testid="bulk-approve">
            Approve selected
          </Button>
          <Button danger disabled={!selected.length || !canReject || !!denied} onClick={() => decideBulk('reject')} data-testid="bulk-reject">
            Reject selected
          </Button>
          <RefreshButton list={list} />
        </Space>
      }
    >
      <Tabs
        activeKey={status}
        onChange={(key) => {
          setSelected([]);
          setParams(key === 'pending_review' ? {} : { status: key });
        }}
        items={TABS.map((t) => ({ key: t.key, label: t.label }))}
      />
      <CursorTable
        list={list}
        columns={columns}
        what="listings"
        testId="listings-table"
        rowTestId="listing-row"
        status={status}
        emptyText={status === 'pending_review' ? 'Nothing waits for review.' : 'No listings.'}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
      />
      <NoteModal request={noteRequest} onClose={() => setNoteRequest(null)} />
    </List>
  );
}

export default ListingModerationList;
