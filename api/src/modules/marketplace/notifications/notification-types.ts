/** Every notification type the platform produces; producers call `notify` with exactly these. */
export const NOTIFICATION_TYPES = [
  'message.received',
  'offer.received',
  'offer.countered',
  'offer.accepted',
  'offer.declined',
  'offer.expired',
  'offer.withdrawn',
  'order.paid',
  'order.shipped',
  'order.delivered',
  'order.completed',
  'order.cancelled',
  'order.refunded',
  'order.ship_by_reminder',
  'order.confirm_by_reminder',
  'dispute.response_reminder',
  'dispute.evidence_reminder',
  'dispute.opened',
  'dispute.seller_responded',
  'dispute.resolved',
  'payout.sent',
  'payout.failed',
  'review.received',
  'listing.approved',
  'listing.changes_requested',
  'listing.rejected',
  'report.resolved',
  'listing.price_dropped',
  'saved_search.matched',
  'auction.outbid',
  'auction.won',
  'auction.lost',
  'auction.ended',
  'auction.second_chance',
  'security.new_login',
  'security.password_changed',
  'security.two_factor_changed',
  'security.email_changed',
] as const;

export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const isSecurityType = (type: string) => type.startsWith('security.');

/** Deadlines that cost the recipient money if missed: mailed at once by default, like security events. */
export const isReminderType = (type: string) => type.endsWith('_reminder');
