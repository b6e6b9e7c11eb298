import type { AppContext } from '../../../context';
import { deliveryStats } from './notification-deliveries.repository';
import { deliveryFailures } from './notification-delivery.service';

export interface LabelledMetric {
  name: string;
  type: 'gauge' | 'counter';
  help: string;
  samples: { labels: Record<string, string>; value: number }[];
}

const CHANNELS = ['realtime', 'email', 'push'] as const;
// Final statuses only: a counter never goes down (a pending delivery is in the backlog until it ends).
const FINAL_STATUSES = ['sent', 'skipped', 'failed'] as const;

/** Deliveries per channel and status, what is due and waiting, and this process's failed attempts. */
export async function notificationMetrics(ctx: AppContext): Promise<LabelledMetric[]> {
  const stats = await deliveryStats(ctx.db, ctx.clock.now());
  const count = (channel: string, status: string) => stats.byStatus.find((s) => s.channel === channel && s.status === status)?.count ?? 0;
  return [
    {
      name: 'agora_notification_deliveries_total',
      type: 'counter',
      help: 'Notification deliveries that ended, by channel and outcome (sent, skipped, failed after every retry).',
      samples: CHANNELS.flatMap((channel) => FINAL_STATUSES.map((status) => ({ labels: { channel, status }, value: count(channel, status) }))),
    },
    {
      name: 'agora_notification_backlog',
      type: 'gauge',
      help: 'Deliveries due now and not yet made, by channel.',
      samples: CHANNELS.map((channel) => ({ labels: { channel }, value: stats.due.find((d) => d.channel === channel)?.count ?? 0 })),
    },
    {
      name: 'agora_notification_pending',
      type: 'gauge',
      help: 'Deliveries not yet ended, due or waiting (quiet hours, the digest, a retry), by channel.',
      samples: CHANNELS.map((channel) => ({ labels: { channel }, value: count(channel, 'pending') })),
    },
    {
      name: 'agora_notification_delivery_failures_total',
      type: 'counter',
      help: 'Delivery attempts that failed in this process (retried with backoff), by channel.',
      samples: CHANNELS.map((channel) => ({ labels: { channel }, value: deliveryFailures[channel] })),
    },
  ];
}
