import { ORDER_STATUSES, type OrderStatus } from './order';
import { addressHiddenFromSeller } from './order-address';

const now = new Date('2026-12-01T12:00:00Z');
const DAY = 86_400_000;

describe('the seller’s view of the shipping address', () => {
  const expected: Record<OrderStatus, string | null> = {
    initiated: 'not_paid',
    pending_payment: 'not_paid',
    paid: null,
    shipped: null,
    delivered: null,
    disputed: null,
    completed: null,
    cancelled: 'order_closed',
    refunded: 'order_closed',
  };
  test.each(ORDER_STATUSES.map((s) => [s]))('%s', (status) => {
    expect(addressHiddenFromSeller({ status, completedAt: status === 'completed' ? now : null }, now, 14)).toBe(expected[status]);
  });

  test('a completed order’s address is hidden once the dispute window has passed', () => {
    const completedAt = new Date(now.getTime() - 14 * DAY);
    expect(addressHiddenFromSeller({ status: 'completed', completedAt }, now, 14)).toBeNull();
    expect(addressHiddenFromSeller({ status: 'completed', completedAt: new Date(completedAt.getTime() - 1) }, now, 14)).toBe('dispute_window_passed');
  });
});
