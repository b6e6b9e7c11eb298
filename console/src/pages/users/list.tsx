import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { CrudFilter } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { Input, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { UserListItem } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { CursorTable } from '../../components/cursor-table';
import { formatDateTime, shortId } from '../../lib/time';

const columns: ColumnsType<UserListItem> = [
  {
    title: 'User',
    key: 'user',
    render: (_, u) => (
      <Space direction="vertical" size={0}>
        <Link to={`/users/${u.id}`} data-testid={`user-link-${u.id}`}>
          {u.display_name}
        </Link>
        <Typography.Text type="secondary">{u.email}</Typography.Text>
      </Space>
    ),
  },
  {
    title: 'ID',
    dataIndex: 'id',
    render: (id: string) => (
      <Typography.Text code copyable={{ text: id }}>
        {shortId(id)}
      </Typography.Text>
    ),
  },
  { title: 'Roles', dataIndex: 'roles', render: (roles: string[]) => roles.map((r) => <Tag key={r}>{r}</Tag>) },
  {
    title: 'State',
    dataIndex: 'suspended_at',
    render: (v: string | null) => (v ? <Tag color="red">suspended</Tag> : <Tag color="green">active</Tag>),
  },
  { title: 'Joined', dataIndex: 'created_at', render: (v: string) => formatDateTime(v) },
];

/** Find a user by email prefix, part of the display name or id (`?q=` in the URL). */
export function UserList() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const filters = useMemo<CrudFilter[]>(() => (q ? [{ field: 'q', operator: 'eq', value: q }] : []), [q]);
  const list = useCursorList<UserListItem>({ resource: 'users', filters });

  return (
    <List title="Users">
      <Input.Search
        data-testid="user-search"
        aria-label="Search users"
        placeholder="Email prefix, name or user id"
        defaultValue={q}
        allowClear
        enterButton="Search"
        maxLength={200}
        onSearch={(v) => setParams(v.trim() ? { q: v.trim() } : {})}
        style={{ maxWidth: 480, marginBottom: 16 }}
      />
      <CursorTable
        list={list}
        columns={columns}
        what="users"
        testId="users-table"
        rowTestId="user-row"
        status={q || 'all'}
        emptyText={q ? `No user matches “${q}”.` : 'No users.'}
      />
    </List>
  );
}

export default UserList;
