import { Table, Tooltip } from 'antd';
import type { QueryResult } from '../../types';

/** Any query result as a table: one column per result column, its ClickHouse type on hover. */
export function ResultTable({ result, testId }: { result: QueryResult; testId: string }) {
  const columns = result.columns.map((c) => ({
    key: c.name,
    dataIndex: c.name,
    title: (
      <Tooltip title={c.type}>
        <span>{c.name}</span>
      </Tooltip>
    ),
    render: (v: unknown) => (v === null || v === undefined ? '∅' : typeof v === 'object' ? JSON.stringify(v) : String(v)),
  }));
  return (
    <Table
      data-testid={testId}
      size="small"
      rowKey={(_, i) => String(i)}
      columns={columns}
      dataSource={result.rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: true }}
    />
  );
}
