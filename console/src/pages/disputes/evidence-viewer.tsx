import { useEffect, useState } from 'react';
import { Button, Image, List, Space, Typography } from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import type { Evidence } from '../../types';
import { apiFetchBlob } from '../../providers/http';
import { formatDateTime } from '../../lib/time';

const contentPath = (disputeId: string, evidenceId: string) => `/v1/disputes/${disputeId}/evidence/${evidenceId}/content`;

/** Evidence files are fetched as blobs (the session cookie rides along) and shown from object URLs. */
function EvidenceImage({ disputeId, evidence }: { disputeId: string; evidence: Evidence }) {
  const [url, setUrl] = useState<string>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | undefined;
    let cancelled = false;
    apiFetchBlob(contentPath(disputeId, evidence.id))
      .then((blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setUrl(objectUrl);
      })
      .catch(() => setFailed(true));
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [disputeId, evidence.id]);
  if (failed) return <Typography.Text type="danger">Could not load {evidence.filename}</Typography.Text>;
  return <Image src={url} alt={evidence.filename ?? 'evidence'} width={200} data-testid={`evidence-image-${evidence.id}`} />;
}

function PdfLink({ disputeId, evidence }: { disputeId: string; evidence: Evidence }) {
  const [loading, setLoading] = useState(false);
  const open = async () => {
    setLoading(true);
    try {
      const url = URL.createObjectURL(await apiFetchBlob(contentPath(disputeId, evidence.id)));
      window.open(url, '_blank', 'noopener');
      // The new tab has loaded it (or not) by then; the URL only has to live that long.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } finally {
      setLoading(false);
    }
  };
  return (
    <Button icon={<FilePdfOutlined />} loading={loading} onClick={open} data-testid={`evidence-pdf-${evidence.id}`}>
      {evidence.filename}
    </Button>
  );
}

export function EvidenceViewer({ disputeId, evidence, partyOf }: { disputeId: string; evidence: Evidence[]; partyOf: (userId: string) => string }) {
  return (
    <List
      data-testid="evidence-list"
      dataSource={evidence}
      locale={{ emptyText: 'No evidence yet.' }}
      renderItem={(e) => (
        <List.Item key={e.id} data-testid={`evidence-${e.id}`}>
          <Space direction="vertical" size={4}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {partyOf(e.author_id)} · {formatDateTime(e.created_at)}
              {e.size_bytes !== null ? ` · ${Math.ceil(e.size_bytes / 1024)} KB` : ''}
            </Typography.Text>
            {e.kind === 'text' && <Typography.Paragraph style={{ margin: 0 }}>{e.text}</Typography.Paragraph>}
            {e.kind === 'file' && e.content_type === 'application/pdf' && <PdfLink disputeId={disputeId} evidence={e} />}
            {e.kind === 'file' && e.content_type !== 'application/pdf' && <EvidenceImage disputeId={disputeId} evidence={e} />}
          </Space>
        </List.Item>
      )}
    />
  );
}
