import { Tag } from 'antd';
import type { OrderStatus } from '../types';

const COLORS: Record<OrderStatus, string> = {
  initiated: 'default',
  pending_payment: 'gold',
  paid: 'blue',
  shipped: 'cyan',
  delivered: 'geekblue',
  completed: 'green',
  disputed: 'volcano',
  refunded: 'purple',
  cancelled: 'default',
};

export function orderStatusLabel(status: string): string {
  return status.replace(/_/g, ' ');
}

export function OrderStatusTag({ status }: { status: OrderStatus }) {
  return (
    <Tag color={COLORS[status] ?? 'default'} data-testid="order-status" data-status={status}>
      {orderStatusLabel(status)}
    </Tag>
  );
}
