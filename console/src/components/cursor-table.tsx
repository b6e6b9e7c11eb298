import type { HTMLAttributes } from 'react';
import type { BaseRecord } from '@refinedev/core';
import { Table } from 'antd';
import type { ColumnsType, ExpandableConfig, TableRowSelection } from 'antd/es/table/interface';
import type { useCursorList } from '../hooks/use-cursor-list';
import { CursorPager } from './cursor-pager';
import { ListError } from './list-error';

type Props<T extends BaseRecord> = {
  list: ReturnType<typeof useCursorList<T>>;
  columns: ColumnsType<T>;
  /** Names the rows in the error banner ("orders", "fraud cases"). */
  what: string;
  emptyText: string;
  /** Test ids: the table wrapper is `<testId>`, each row `<rowTestId>-<id>`. */
  testId: string;
  rowTestId: string;
  status: string;
  /** Checkbox selection for bulk actions. */
  rowSelection?: TableRowSelection<T>;
  /** Rows that open onto more detail (a reported message's context). */
  expandable?: ExpandableConfig<T>;
};

/** One keyset-paginated staff list: error banner, table (stale rows shown as loading), pager. */
export function CursorTable<T extends BaseRecord & { id: string }>({ list, columns, what, emptyText, testId, rowTestId, status, rowSelection, expandable }: Props<T>) {
  const { rows, pager, query } = list;
  return (
    <>
      {query.isError && <ListError what={what} error={query.error} />}
      <div data-testid={testId} data-status={status}>
        <Table<T>
          rowKey="id"
          columns={columns}
          rowSelection={rowSelection}
          expandable={expandable}
          dataSource={rows}
          loading={query.isLoading || (query.isFetching && query.isPlaceholderData)}
          pagination={false}
          size="middle"
          scroll={{ x: true }}
          locale={{ emptyText: query.isError ? '—' : emptyText }}
          onRow={(r) => ({ 'data-testid': `${rowTestId}-${r.id}` }) as HTMLAttributes<HTMLElement>}
        />
      </div>
      <CursorPager pager={pager} rowCount={rows.length} />
    </>
  );
}
