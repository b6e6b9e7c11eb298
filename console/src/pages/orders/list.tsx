import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CrudFilter } from '@refinedev/core';
import { List } from '@refinedev/antd';
import { Select, Space } from 'antd';
import { ORDER_STATUSES, type Order, type OrderStatus } from '../../types';
import { useCursorList } from '../../hooks/use-cursor-list';
import { RefreshButton } from '../../components/refresh-button';
import { CursorTable } from '../../components/cursor-table';
import { orderStatusLabel } from '../../components/order-status-tag';
import { ORDER_COLUMNS } from '../../components/order-columns';

function isOrderStatus(s: string | null): s is OrderStatus {
  return !!s && (ORDER_STATUSES as readonly string[]).includes(s);
}

export function OrderList() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = isOrderStatus(raw) ? raw : undefined;
  const filters = useMemo<CrudFilter[]>(() => (status ? [{ field: 'status', operator: 'eq', value: status }] : []), [status]);
  const list = useCursorList<Order>({ resource: 'orders', filters });

  return (
    <List
      title="Orders"
      headerButtons={
        <Space>
          <label htmlFor="orders-status-filter">Status</label>
          <Select<OrderStatus | ''>
            id="orders-status-filter"
            data-testid="orders-status-filter"
            style={{ width: 200 }}
            value={status ?? ''}
            onChange={(v) => setParams(v ? { status: v } : {})}
            options={[{ value: '', label: 'All statuses' }, ...ORDER_STATUSES.map((s) => ({ value: s, label: orderStatusLabel(s) }))]}
          />
          <RefreshButton list={list} />
        </Space>
      }
    >
      <CursorTable
        list={list}
        columns={ORDER_COLUMNS}
        what="orders"
        testId="orders-table"
        rowTestId="order-row"
        status={status ?? 'all'}
        emptyText={status ? `No ${orderStatusLabel(status)} orders.` : 'No orders.'}
      />
    </List>
  );
}

export default OrderList;
