export { PAYOUT_OUTCOMES } from './payout-outcomes';
export { payoutHold, type PayoutHoldInput, type PayoutHoldPolicy } from './payout-hold';
export { pendingPayoutsOf, requestPayout, reversePayouts, runScheduledPayouts } from './payouts.service';
