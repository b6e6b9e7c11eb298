export { SETTLE_JOB, arrangeEscrowSettlement, refundPayment, type RefundOptions, scheduleSettlement, settleEscrowIfDue } from './settlement';
