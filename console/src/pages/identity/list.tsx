import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCan, useInvalidate, type CrudFilter } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { App, Button, Modal, Space, Spin, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { IdentityDocument, IdentityDocumentStatus } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { ageColumn } from '../../components/age-column';
import { RefreshButton } from '../../components/refresh-button';
import { CursorTable } from '../../components/cursor-table';
import { NoteModal, type NoteRequest } from '../../components/note-modal';
import { apiFetch, isApiError } from '../../providers/http';

const TABS: { key: IdentityDocumentStatus; label: string }[] = [
  { key: 'submitted', label: 'Pending' },
  { key: 'approved', label: 'Approved' },
  { key: 'rejected', label: 'Rejected' },
];

type Viewing = { doc: IdentityDocument; dataUrl?: string; error?: string };

/** Decrypted content in a modal; the API audits every view, so it is fetched only on request. */
function ContentModal({ viewing, onClose }: { viewing: Viewing | null; onClose: () => void }) {
  return (
    <Modal
      open={!!viewing}
      title={viewing ? `${viewing.doc.kind.replace('_', ' ')} of ${viewing.doc.user.email}` : ''}
      onCancel={onClose}
      footer={null}
      width={880}
      destroyOnHidden
    >
      <div data-testid="document-content">
        {viewing?.error && <Typography.Text type="danger">{viewing.error}</Typography.Text>}
        {viewing && !viewing.dataUrl && !viewing.error && <Spin />}
        {viewing?.dataUrl &&
          (viewing.doc.content_type === 'application/pdf' ? (
            <object data={viewing.dataUrl} type="application/pdf" width="100%" height={600} aria-label="document">
              <a href={viewing.dataUrl} download>
                Download PDF
              </a>
            </object>
          ) : (
            <img src={viewing.dataUrl} alt="identity document" style={{ maxWidth: '100%', minWidth: 320 }} />
          ))}
      </div>
    </Modal>
  );
}

/** Identity verification review: pending documents, view content, approve or reject with a reason. */
export function IdentityReviewList() {
  const [params, setParams] = useSearchParams();
  const status = TABS.find((t) => t.key === params.get('status'))?.key ?? 'submitted';
  const filters = useMemo<CrudFilter[]>(() => [{ field: 'status', operator: 'eq', value: status }], [status]);
  const list = useCursorList<IdentityDocument>({ resource: 'identity-documents', filters, live: true });
  const invalidate = useInvalidate();
  const { notification } = App.useApp();
  const [viewing, setViewing] = useState<Viewing | null>(null);
  const [noteRequest, setNoteRequest] = useState<NoteRequest | null>(null);
  const { data: can } = useCan({ resource: 'identity-documents', action: 'decide' });
  const denied = can && !can.can ? (can.reason ?? 'Your staff role cannot review identity documents.') : undefined;

  const view = async (doc: IdentityDocument) => {
    setViewing({ doc });
    try {
      const c = await apiFetch<{ content_type: string; content_base64: string }>(`/v1/admin/identity-documents/${encodeURIComponent(doc.id)}/content`);
      setViewing({ doc, dataUrl: `data:${c.content_type};base64,${c.content_base64}` });
    } catch (err) {
      setViewing({ doc, error: isApiError(err) ? err.message : String(err) });
    }
  };

  const decide = (doc: IdentityDocument, decision: 'approve' | 'reject') =>
    setNoteRequest({
      title: `${decision === 'approve' ? 'Approve' : 'Reject'} the ${doc.kind.replace('_', ' ')} of ${doc.user.email}`,
      label: 'Reason',
      // The user is told why a document was rejected.
      required: decision === 'reject',
      okText: decision === 'approve' ? 'Approve' : 'Reject',
      danger: decision === 'reject',
      submit: async (reason) => {
        await apiFetch(`/v1/admin/identity-documents/${encodeURIComponent(doc.id)}/decision`, { method: 'POST', body: { decision, reason } });
        notification.success({ key: `document-${doc.id}`, message: decision === 'approve' ? 'Identity verified' : 'Document rejected', description: doc.user.email });
        await invalidate({ resource: 'identity-documents', invalidates: ['list'] });
      },
    });

  const columns: ColumnsType<IdentityDocument> = [
    {
      title: 'User',
      key: 'user',
      render: (_, d) => (
        <Space direction="vertical" size={0}>
          <Typography.Text>{d.user.display_name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.user.email}
          </Typography.Text>
          {d.user.identity_verified_at && <Tag color="green">verified</Tag>}
        </Space>
      ),
    },
    { title: 'Document', key: 'kind', render: (_, d) => `${d.kind.replace('_', ' ')} · ${d.content_type} · ${Math.ceil(d.size_bytes / 1024)} KB` },
    ageColumn('Submitted'),
    {
      title: status === 'submitted' ? 'Actions' : 'Review',
      key: 'actions',
      render: (_, d) => (
        <Tooltip title={denied}>
          <Space wrap>
            <Button size="small" disabled={!!denied} onClick={() => void view(d)} data-testid="document-view">
              View
            </Button>
            {d.status === 'submitted' ? (
              <>
                <Button size="small" type="primary" disabled={!!denied} onClick={() => decide(d, 'approve')} data-testid="document-approve">
                  Approve
                </Button>
                <Button size="small" danger disabled={!!denied} onClick={() => decide(d, 'reject')} data-testid="document-reject">
                  Reject
                </Button>
              </>
            ) : (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.review_reason ?? d.status}
              </Typography.Text>
            )}
          </Space>
        </Tooltip>
      ),
    },
  ];

  return (
    <List title="Identity verification" headerButtons={<RefreshButton list={list} />}>
      <Tabs activeKey={status} onChange={(key) => setParams(key === 'submitted' ? {} : { status: key })} items={TABS} />
      <CursorTable
        list={list}
        columns={columns}
        what="identity documents"
        testId="documents-table"
        rowTestId="document-row"
        status={status}
        emptyText={status === 'submitted' ? 'No documents wait for review.' : 'No documents.'}
      />
      <ContentModal viewing={viewing} onClose={() => setViewing(null)} />
      <NoteModal request={noteRequest} onClose={() => setNoteRequest(null)} />
    </List>
  );
}

export default IdentityReviewList;
