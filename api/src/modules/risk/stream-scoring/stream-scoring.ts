import type { AppContext } from '../../../context';
import type { Config } from '../../../config';
import type { Detector } from './detector';
import { linkedVelocity } from './linked-velocity.detector';
import { newAccountBuyers } from './new-account-buyers.detector';
import { reviewRing } from './review-ring.detector';
import { sellerSpike } from './seller-spike.detector';
import { type OpenOutcome, openStreamCase } from './stream-cases.service';

/** Every stream detector with its thresholds from the configuration. */
export function detectorsFrom(config: Config): Detector[] {
  return [
    sellerSpike({
      windowMinutes: config.STREAM_SPIKE_WINDOW_MINUTES,
      baselineDays: config.STREAM_SPIKE_BASELINE_DAYS,
      factor: config.STREAM_SPIKE_FACTOR,
      minOrders: config.STREAM_SPIKE_MIN_ORDERS,
    }),
    newAccountBuyers({ windowHours: config.STREAM_NEW_BUYERS_WINDOW_HOURS, accountDays: config.STREAM_NEW_BUYERS_ACCOUNT_DAYS, minBuyers: config.STREAM_NEW_BUYERS_MIN }),
    reviewRing({
      windowDays: config.STREAM_RING_WINDOW_DAYS,
      minMembers: config.STREAM_RING_MIN_MEMBERS,
      minPairOrders: config.STREAM_RING_MIN_PAIR_ORDERS,
      minRating: config.STREAM_RING_MIN_RATING,
    }),
    linkedVelocity({ windowMinutes: config.STREAM_LINKED_WINDOW_MINUTES, minAccounts: config.STREAM_LINKED_MIN_ACCOUNTS }),
  ];
}

/**
 * One pass of the stream scorer (a worker job): every detector over its window ending now, a case per
 * finding unless one is open or cooling off. Returns how each finding went, per outcome.
 */
export async function runStreamScoring(ctx: AppContext, detectors = detectorsFrom(ctx.config)): Promise<Record<OpenOutcome, number>> {
  const now = ctx.clock.now();
  const tally: Record<OpenOutcome, number> = { opened: 0, already_open: 0, cooling_off: 0, unknown_subject: 0 };
  for (const detector of detectors) {
    for (const finding of await detector.detect(ctx.analytics, now)) tally[await openStreamCase(ctx, finding)] += 1;
  }
  if (tally.opened > 0) ctx.logger.info({ module: 'stream-scoring', ...tally }, 'stream cases opened');
  return tally;
}
