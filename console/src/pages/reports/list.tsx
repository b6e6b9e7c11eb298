import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCan, useInvalidate, type CrudFilter } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { App, Button, Space, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Report, ReportAction, ReportStatus, ReportTargetType } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { ageColumn } from '../../components/age-column';
import { CursorTable } from '../../components/cursor-table';
import { RefreshButton } from '../../components/refresh-button';
import { NoteModal, type NoteRequest } from '../../components/note-modal';
import { ReportMessageContext } from '../../components/report-message-context';
import { apiFetch } from '../../providers/http';
import { shortId } from '../../lib/time';

const TABS: { key: ReportStatus; label: string }[] = [
  { key: 'open', label: 'Open' },
  { key: 'actioned', label: 'Actioned' },
  { key: 'dismissed', label: 'Dismissed' },
];

type Choice = { action: ReportAction | null; label: string; danger?: boolean };

const DISMISS: Choice = { action: null, label: 'Dismiss' };

/**
 * What a moderator can do per target type: the console's one copy of the API's ACTIONS_BY_TARGET
 * (the API checks the same pairs). A message is answered on its author.
 */
const CHOICES: Record<ReportTargetType, Choice[]> = {
  listing: [{ action: 'remove_listing', label: 'Remove listing', danger: true }, { action: 'request_changes', label: 'Request changes' }, DISMISS],
  user: [{ action: 'suspend_user', label: 'Suspend user', danger: true }, { action: 'warn_user', label: 'Warn user' }, DISMISS],
  message: [{ action: 'suspend_user', label: 'Suspend author', danger: true }, { action: 'warn_user', label: 'Warn author' }, DISMISS],
  review: [{ action: 'remove_review', label: 'Remove review', danger: true }, DISMISS],
};

const ACTION_LABEL: Record<ReportAction, string> = {
  remove_listing: 'listing removed',
  request_changes: 'changes requested',
  warn_user: 'user warned',
  suspend_user: 'user suspended',
  remove_review: 'review removed',
};

const TARGET_COLOR: Record<ReportTargetType, string> = { listing: 'geekblue', user: 'purple', message: 'cyan', review: 'gold' };
/** Whom `target_owner_id` names, per target type. */
const OWNER_ROLE: Record<ReportTargetType, string> = { listing: 'seller', user: 'user', message: 'author', review: 'author' };

/** The reported target: its type, what it says, and a link to whom it belongs (a review also to the review queue, where reported ones wait). */
function ReportTarget({ report: r }: { report: Report }) {
  return (
    <Space direction="vertical" size={0} style={{ maxWidth: 360 }} data-testid="report-target">
      <Space size={4}>
        <Tag color={TARGET_COLOR[r.target_type]}>{r.target_type}</Tag>
        <Typography.Text code copyable={{ text: r.target_id }}>
          {shortId(r.target_id)}
        </Typography.Text>
      </Space>
      {r.target_excerpt && (
        <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 2, tooltip: r.target_excerpt }} data-testid="report-target-excerpt">
          {r.target_type === 'message' || r.target_type === 'review' ? `“${r.target_excerpt}”` : r.target_excerpt}
        </Typography.Paragraph>
      )}
      <Space size={8}>
        {r.target_owner_id && (
          <Link to={`/users/${r.target_owner_id}`} data-testid="report-target-owner">
            {OWNER_ROLE[r.target_type]} {shortId(r.target_owner_id)}
          </Link>
        )}
        {r.target_type === 'review' && <Link to={`/reviews?status=${r.action === 'remove_review' ? 'removed' : 'flagged'}`}>in review queue</Link>}
      </Space>
    </Space>
  );
}

/** The report queue: open reports with one button per action; the action is taken with the verdict. */
export function ReportList() {
  const [params, setParams] = useSearchParams();
  const status = TABS.find((t) => t.key === params.get('status'))?.key ?? 'open';
  const filters = useMemo<CrudFilter[]>(() => [{ field: 'status', operator: 'eq', value: status }], [status]);
  const list = useCursorList<Report>({ resource: 'reports', filters, live: true });
  const invalidate = useInvalidate();
  const { notification } = App.useApp();
  const [noteRequest, setNoteRequest] = useState<NoteRequest | null>(null);
  const { data: can } = useCan({ resource: 'reports', action: 'decide' });
  const denied = can && !can.can ? (can.reason ?? 'Your staff role cannot decide reports.') : undefined;

  const decide = (report: Report, choice: Choice) =>
    setNoteRequest({
      title: `${choice.label} (${report.target_type} ${shortId(report.target_id)})`,
      label: 'Note',
      required: true,
      okText: choice.label,
      danger: choice.danger,
      submit: async (note) => {
        const body = choice.action ? { decision: 'action', action: choice.action, note } : { decision: 'dismiss', note };
        const decided = await apiFetch<Report & { also_decided: string[] }>(`/v1/admin/reports/${encodeURIComponent(report.id)}/decision`, { method: 'POST', body });
        notification.success({
          key: `report-${report.id}`,
          message: choice.action ? `Actioned: ${ACTION_LABEL[choice.action]}` : 'Report dismissed',
          description: decided.also_decided.length ? `${decided.also_decided.length} other open report(s) on this target decided too` : undefined,
        });
        await invalidate({ resource: 'reports', invalidates: ['list'] });
      },
    });

  const columns: ColumnsType<Report> = [
    { title: 'Target', key: 'target', render: (_, r) => <ReportTarget report={r} /> },
    {
      title: 'Reason',
      key: 'reason',
      render: (_, r) => (
        <Space direction="vertical" size={0} style={{ maxWidth: 320 }}>
          <Typography.Text>{r.reason.replace(/_/g, ' ')}</Typography.Text>
          {r.note && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.note}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: 'Open on target',
      dataIndex: 'open_reports_on_target',
      align: 'right',
      render: (n: number) => (n > 1 ? <Tag color="red">{n}</Tag> : n),
    },
    ageColumn(),
    {
      title: status === 'open' ? 'Actions' : 'Decision',
      key: 'actions',
      render: (_, r) =>
        r.status === 'open' ? (
          <Tooltip title={denied}>
            <Space wrap>
              {CHOICES[r.target_type].map((c) => (
                <Button key={c.label} size="small" danger={c.danger} disabled={!!denied} onClick={() => decide(r, c)} data-testid={`report-${c.action ?? 'dismiss'}`}>
                  {c.label}
                </Button>
              ))}
            </Space>
          </Tooltip>
        ) : (
          <Space direction="vertical" size={0}>
            <Tag>{r.action ? ACTION_LABEL[r.action] : r.status}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {r.decision_note}
            </Typography.Text>
          </Space>
        ),
    },
  ];

  return (
    <List title="Reports" headerButtons={<RefreshButton list={list} />}>
      <Tabs activeKey={status} onChange={(key) => setParams(key === 'open' ? {} : { status: key })} items={TABS} />
      <CursorTable
        list={list}
        columns={columns}
        what="reports"
        testId="reports-table"
        rowTestId="report-row"
        status={status}
        emptyText={status === 'open' ? 'No open reports.' : 'No reports.'}
        // A message is judged in its conversation: expanding the row loads the messages around it.
        expandable={{ rowExpandable: (r) => r.target_type === 'message', expandedRowRender: (r) => <ReportMessageContext reportId={r.id} /> }}
      />
      <NoteModal request={noteRequest} onClose={() => setNoteRequest(null)} />
    </List>
  );
}

export default ReportList;
