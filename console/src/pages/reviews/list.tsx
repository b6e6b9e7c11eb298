import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan, type CrudFilter } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { App, Button, Rate, Space, Tabs, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { BulkDecisionResult, Review, ReviewDecision, ReviewStatus } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { useBulkUndo } from '../../hooks/use-bulk-undo';
import { ageColumn } from '../../components/age-column';
import { RefreshButton } from '../../components/refresh-button';
import { CursorTable } from '../../components/cursor-table';
import { apiFetch, isApiError } from '../../providers/http';
import { ReviewFlagTags } from '../../components/review-tags';
import { NoteModal, type NoteRequest } from '../../components/note-modal';

const STATUSES: { key: ReviewStatus; label: string }[] = [
  { key: 'flagged', label: 'Flagged' },
  { key: 'published', label: 'Published' },
  { key: 'removed', label: 'Removed' },
];

/**
 * The review moderation queue (live): flagged / published / removed tabs, publish or remove one
 * review, or select rows and publish/remove them in one undoable batch.
 */
export function ReviewList() {
  const [params, setParams] = useSearchParams();
  const status = (STATUSES.find((s) => s.key === params.get('status'))?.key ?? 'flagged') as ReviewStatus;
  const filters = useMemo<CrudFilter[]>(() => [{ field: 'status', operator: 'eq', value: status }], [status]);
  const list = useCursorList<Review>({ resource: 'reviews', filters, live: true });
  const [selected, setSelected] = useState<string[]>([]);
  const [noteRequest, setNoteRequest] = useState<NoteRequest | null>(null);
  const [pending, setPending] = useState(false);
  const { notification } = App.useApp();
  const { data: can } = useCan({ resource: 'reviews', action: 'decide' });
  const denied = can && !can.can ? (can.reason ?? 'Your staff role cannot moderate reviews.') : undefined;

  const fail = (err: unknown) => {
    notification.error({ message: 'The decision failed', description: isApiError(err) ? err.message : String(err) });
  };
  const done = async () => {
    setSelected([]);
    await list.refetch();
  };

  const announce = useBulkUndo('/v1/admin/reviews/bulk-decision', list.refetch);

  const decideOne = async (id: string, decision: ReviewDecision, reason?: string) => {
    setPending(true);
    try {
      await apiFetch<Review>(`/v1/admin/reviews/${encodeURIComponent(id)}/decision`, { method: 'POST', body: { decision, ...(reason ? { reason } : {}) } });
      notification.success({ message: decision === 'publish' ? 'Review published' : 'Review removed' });
      await done();
    } catch (err) {
      fail(err);
      if (isApiError(err) && err.statusCode === 409) await done();
    } finally {
      setPending(false);
    }
  };

  const decideBulk = async (ids: string[], decision: ReviewDecision, reason?: string) => {
    setPending(true);
    try {
      const batch = await apiFetch<BulkDecisionResult>('/v1/admin/reviews/bulk-decision', { method: 'POST', body: { ids, decision, ...(reason ? { reason } : {}) } });
      announce(batch, (n) => `${n} review${n === 1 ? '' : 's'} ${decision === 'publish' ? 'published' : 'removed'}`);
      await done();
    } catch (err) {
      fail(err);
    } finally {
      setPending(false);
    }
  };

  /** Asks why (the API requires a reason, kept in the audit trail), then removes one review or the selection. */
  const askRemoval = (ids: string[], bulk: boolean) =>
    setNoteRequest({
      title: `Remove ${bulk ? `${ids.length} reviews` : 'this review'}`,
      label: 'Reason',
      required: true,
      okText: 'Remove',
      danger: true,
      submit: (reason) => (bulk ? decideBulk(ids, 'remove', reason) : decideOne(ids[0]!, 'remove', reason)),
    });

  const columns: ColumnsType<Review> = [
    {
      title: 'Rating',
      dataIndex: 'rating',
      width: 150,
      render: (v: number) => <Rate disabled value={v} style={{ fontSize: 14 }} />,
    },
    {
      title: 'Review',
      dataIndex: 'text',
      render: (_, r) => (
        <Space direction="vertical" size={2} style={{ maxWidth: 420 }}>
          <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, tooltip: r.text }} data-testid="review-text">
            {r.text}
          </Typography.Paragraph>
          {r.reply && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Reply: {r.reply}
            </Typography.Text>
          )}
          {r.removed_reason && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              Removed: {r.removed_reason}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: 'Flags',
      dataIndex: 'flags',
      render: (flags: string[]) => <ReviewFlagTags flags={flags} />,
    },
    {
      title: 'Parties',
      key: 'parties',
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>
            {r.author_name} ({r.author_role}) → {r.subject_name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.listing_title} · order {r.order_id.slice(0, 8)}
          </Typography.Text>
        </Space>
      ),
    },
    ageColumn(),
    {
      title: 'Actions',
      key: 'actions',
      render: (_, r) => (
        <Tooltip title={denied}>
          <Space>
            {r.status !== 'published' && (
              <Button size="small" disabled={!!denied || pending} onClick={() => void decideOne(r.id, 'publish')}>
                Publish
              </Button>
            )}
            {r.status !== 'removed' && (
              <Button size="small" danger disabled={!!denied || pending} onClick={() => askRemoval([r.id], false)}>
                Remove
              </Button>
            )}
          </Space>
        </Tooltip>
      ),
    },
  ];

  const bulkDisabled = !!denied || pending || selected.length === 0;
  return (
    <List
      title="Reviews"
      headerButtons={
        <Space>
          {status !== 'published' && (
            <Button type="primary" disabled={bulkDisabled} onClick={() => void decideBulk(selected, 'publish')} data-testid="bulk-publish">
              Publish selected ({selected.length})
            </Button>
          )}
          {status !== 'removed' && (
            <Button danger disabled={bulkDisabled} onClick={() => askRemoval(selected, true)} data-testid="bulk-remove">
              Remove selected ({selected.length})
            </Button>
          )}
          <RefreshButton list={list} />
        </Space>
      }
    >
      <Tabs
        activeKey={status}
        onChange={(key) => {
          setSelected([]);
          setParams(key === 'flagged' ? {} : { status: key });
        }}
        items={STATUSES}
      />
      <CursorTable
        list={list}
        columns={columns}
        what="reviews"
        testId="reviews-table"
        rowTestId="review-row"
        status={status}
        emptyText={status === 'flagged' ? 'No flagged reviews. The queue is empty.' : `No ${status} reviews.`}
        rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), getCheckboxProps: () => ({ disabled: !!denied }) }}
      />
      <NoteModal request={noteRequest} onClose={() => setNoteRequest(null)} />
    </List>
  );
}

export default ReviewList;
