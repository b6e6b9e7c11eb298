export { payoutHold, type PayoutHoldInput, type PayoutHoldPolicy } from './payout-hold';
export { payoutsRoutes } from './payouts.routes';
export { requestPayout, reversePayouts, runScheduledPayouts } from './payouts.service';
