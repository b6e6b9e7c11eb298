export { arrangeSettlement, refundOrder, scheduleSettlement, settleIfDue } from './settlement';
