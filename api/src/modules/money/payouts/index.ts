export { PAYOUT_OUTCOMES } from './payout-outcomes';
export { payoutHold, type PayoutHoldInput, type PayoutHoldPolicy } from './payout-hold';
export { requestPayout, reversePayouts, runScheduledPayouts } from './payouts.service';
export { pendingPayoutsOf } from './payouts.service';
