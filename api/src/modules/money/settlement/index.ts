export { SETTLE_JOB, arrangeEscrowSettlement, refundPayment, scheduleSettlement, settleEscrowIfDue } from './settlement';
