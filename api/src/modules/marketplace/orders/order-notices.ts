import type { Transaction } from 'kysely';
import type { Keyring } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import { toAmount } from '../../money/currencies';
import { findListing } from '../listings';
import { type NotificationType, notify } from '../notifications';
import { publishToUsers } from '../../platform/realtime';
import type { Order } from './orders.repository';
import type { OrderStatus } from './order';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Who is told when an order enters a status, and with which type; the party who made the change is not told what they did. */
const NOTICES: Partial<Record<OrderStatus, { type: NotificationType; to: ('buyer' | 'seller')[] }>> = {
  paid: { type: 'order.paid', to: ['seller'] },
  shipped: { type: 'order.shipped', to: ['buyer'] },
  delivered: { type: 'order.delivered', to: ['buyer'] },
  completed: { type: 'order.completed', to: ['buyer', 'seller'] },
  cancelled: { type: 'order.cancelled', to: ['buyer', 'seller'] },
  refunded: { type: 'order.refunded', to: ['buyer', 'seller'] },
};

export interface NoticeContext {
  keyring: Keyring;
  actorId: string | null;
  now: Date;
  config: { SHIP_DEADLINE_DAYS: number };
}

/**
 * Announces an order's new status in the transaction that changed it: `order.updated` on both
 * parties' real-time streams (one publish), and the notification the status calls for.
 */
export async function announceOrderStatus(trx: Transaction<DB>, order: Order, from: OrderStatus | null, t: NoticeContext): Promise<void> {
  if (from === order.status) return;
  await publishToUsers(
    trx,
    t.keyring,
    [order.buyer_id, order.seller_id],
    { type: 'order.updated', data: { order_id: order.id, listing_id: order.listing_id, status: order.status, previous_status: from, updated_at: t.now.toISOString() } },
    t.now,
  );
  const notice = NOTICES[order.status as OrderStatus];
  if (!notice) return;
  const recipients = notice.to.map((role) => (role === 'buyer' ? order.buyer_id : order.seller_id)).filter((id) => id !== t.actorId);
  if (recipients.length === 0) return;
  const data = {
    ...(await orderNoticeData(trx, order)),
    ...(order.status === 'paid' ? { ship_by: new Date(t.now.getTime() + t.config.SHIP_DEADLINE_DAYS * DAY_MS).toISOString() } : {}),
    ...(order.status === 'refunded' ? { amount: { amount: toAmount(order.refunded_amount), currency: order.currency } } : {}),
  };
  for (const userId of recipients) await notify(trx, userId, notice.type, data, t.now);
}

/** What every order notification's text needs: the ids, the listing's title and the amount. */
async function orderNoticeData(trx: Transaction<DB>, order: Order) {
  const listing = await findListing(trx, order.listing_id);
  return { order_id: order.id, listing_id: order.listing_id, listing_title: listing?.title ?? null, amount: { amount: toAmount(order.amount), currency: order.currency } };
}

/** Reminders ahead of the timers that cost a party money: kind → the status it guards, who is reminded, the timer it precedes. */
export const ORDER_REMINDERS = {
  ship_by_reminder: { status: 'paid', to: 'seller', type: 'order.ship_by_reminder', before: 'auto_cancel' },
  confirm_by_reminder: { status: 'shipped', to: 'buyer', type: 'order.confirm_by_reminder', before: 'auto_deliver' },
} as const;

export type OrderReminderKind = keyof typeof ORDER_REMINDERS;

export const isOrderReminder = (kind: string): kind is OrderReminderKind => Object.hasOwn(ORDER_REMINDERS, kind);

/** The reminder jobs for timers armed on entering a status: `hours` before each deadline, if that is still ahead. */
export function remindersFor(timers: { command: string; dueAt: Date }[], now: Date, hours: number): { kind: OrderReminderKind; dueAt: Date }[] {
  return Object.entries(ORDER_REMINDERS).flatMap(([kind, r]) => {
    const timer = timers.find((t) => t.command === r.before);
    const dueAt = timer && new Date(timer.dueAt.getTime() - hours * HOUR_MS);
    return dueAt && dueAt > now ? [{ kind: kind as OrderReminderKind, dueAt }] : [];
  });
}

/**
 * Sends a due reminder, unless the order moved on (shipped before the ship-by reminder, say): the
 * deadline is the reminder's due time plus the configured lead. Returns whether it was sent.
 */
export async function remindOrderDeadline(trx: Transaction<DB>, order: Order, kind: OrderReminderKind, dueAt: Date, hours: number, now: Date): Promise<boolean> {
  const reminder = ORDER_REMINDERS[kind];
  if (order.status !== reminder.status) return false;
  const recipient = reminder.to === 'buyer' ? order.buyer_id : order.seller_id;
  const deadline = new Date(dueAt.getTime() + hours * HOUR_MS).toISOString();
  await notify(trx, recipient, reminder.type, { ...(await orderNoticeData(trx, order)), deadline }, now);
  return true;
}
