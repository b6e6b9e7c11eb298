import type { ColumnType } from 'antd/es/table';
import { Tooltip } from 'antd';
import { formatAge, formatDateTime } from '../lib/time';

/** A queue's "Age" column: how long ago the row was created, the exact time on hover. */
export function ageColumn<T extends { created_at: string }>(title = 'Age'): ColumnType<T> {
  return {
    title,
    dataIndex: 'created_at',
    render: (v: string) => (
      <Tooltip title={formatDateTime(v)}>
        <span>{formatAge(v)}</span>
      </Tooltip>
    ),
  };
}
