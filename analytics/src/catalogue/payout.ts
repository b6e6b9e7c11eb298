import { z } from 'zod';
import { defineEvent } from './event';
import { currency, id, minor, PAYOUT_TRIGGERS } from './fields';

export const PAYOUT_EVENTS = {
  'payout.requested': defineEvent(
    'payout',
    "A payout of the seller's balance was requested (by the seller or the schedule).",
    z.strictObject({
      payout_id: id,
      user_id: id,
      amount: minor,
      currency,
      trigger: z.enum(PAYOUT_TRIGGERS),
    }),
  ),
};
