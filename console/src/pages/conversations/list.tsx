import { Link } from 'react-router';
import { List } from '@refinedev/antd';
import { Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { StaffConversation } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { CursorTable } from '../../components/cursor-table';
import { RefreshButton } from '../../components/refresh-button';
import { formatDateTime } from '../../lib/time';

// The endpoint only lists flagged conversations; the filter states it rather than relying on the default.
const FLAGGED = [{ field: 'flagged', operator: 'eq' as const, value: 'true' }];

const party = (p: StaffConversation['buyer']) => <Link to={`/users/${p.id}`}>{p.display_name ?? 'deleted user'}</Link>;

/** Conversations the off-platform detector flagged, most recently flagged first. */
export function FlaggedConversationList() {
  const list = useCursorList<StaffConversation>({ resource: 'conversations', filters: FLAGGED });

  const columns: ColumnsType<StaffConversation> = [
    {
      title: 'Listing',
      key: 'listing',
      render: (_, c) => (
        <Link to={`/conversations/${c.id}`} data-testid="conversation-link">
          {c.listing.title ?? 'deleted listing'}
        </Link>
      ),
    },
    { title: 'Buyer', key: 'buyer', render: (_, c) => party(c.buyer) },
    { title: 'Seller', key: 'seller', render: (_, c) => party(c.seller) },
    { title: 'Findings', dataIndex: 'contact_attempts', align: 'right', render: (n: number) => <Tag color="orange">{n}</Tag> },
    { title: 'Flagged', dataIndex: 'flagged_at', render: (at: string | null) => formatDateTime(at) },
    { title: 'Last message', dataIndex: 'last_message_at', render: (at: string) => <Typography.Text type="secondary">{formatDateTime(at)}</Typography.Text> },
  ];

  return (
    <List title="Flagged conversations" headerButtons={<RefreshButton list={list} />}>
      <CursorTable
        list={list}
        columns={columns}
        what="flagged conversations"
        testId="conversations-table"
        rowTestId="conversation-row"
        status="flagged"
        emptyText="No flagged conversations."
      />
    </List>
  );
}

export default FlaggedConversationList;
