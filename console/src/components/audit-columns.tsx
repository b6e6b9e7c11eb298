import { Link } from 'react-router';
import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { AuditEntry } from '../types';
import { formatDateTime, shortId } from '../lib/time';

/** Where an audited entity can be opened in the console (others show their id only). */
const ENTITY_PAGES: Record<string, (id: string) => string> = {
  user: (id) => `/users/${id}`,
  fraud_case: (id) => `/fraud-cases/${id}`,
};

/** Columns of an audit-log table (the audit page and a user's timeline). */
export const AUDIT_COLUMNS: ColumnsType<AuditEntry> = [
  {
    title: 'When',
    dataIndex: 'created_at',
    render: (v: string) => <span>{formatDateTime(v)}</span>,
  },
  {
    title: 'Action',
    dataIndex: 'action',
    render: (v: string) => (
      <Typography.Text code data-testid="audit-action">
        {v}
      </Typography.Text>
    ),
  },
  {
    title: 'Entity',
    key: 'entity',
    render: (_, r) => {
      const page = ENTITY_PAGES[r.entity_type];
      const id = <Typography.Text code>{shortId(r.entity_id)}</Typography.Text>;
      return (
        <span>
          {r.entity_type} {page ? <Link to={page(r.entity_id)}>{id}</Link> : id}
        </span>
      );
    },
  },
  {
    title: 'Actor',
    dataIndex: 'actor_id',
    render: (v: string | null) =>
      v ? (
        <Link to={`/users/${v}`}>
          <Typography.Text code>{shortId(v)}</Typography.Text>
        </Link>
      ) : (
        <Typography.Text type="secondary">system</Typography.Text>
      ),
  },
  {
    title: 'Details',
    dataIndex: 'details',
    render: (v: Record<string, unknown>) => (
      <Typography.Paragraph style={{ margin: 0, maxWidth: 420 }} ellipsis={{ rows: 2, tooltip: JSON.stringify(v, null, 2) }} data-testid="audit-details">
        {JSON.stringify(v)}
      </Typography.Paragraph>
    ),
  },
  {
    title: 'Seal',
    key: 'seal',
    render: (_, r) =>
      r.sealed ? (
        <Tooltip title="Linked into the hash chain">
          <Tag color="green">#{r.seq}</Tag>
        </Tooltip>
      ) : (
        <Tooltip title="Not yet sealed into the hash chain">
          <Tag>pending</Tag>
        </Tooltip>
      ),
  },
];
