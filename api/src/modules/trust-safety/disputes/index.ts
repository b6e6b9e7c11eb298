export { type ChargebackReport, type DisputeStatus, applyChargebackLoss, recordChargeback, settleAfterChargebackWon } from './chargebacks.service';
export { SELLER_DEADLINE_JOB, addEvidence, openBuyerDispute, postDisputeMessage } from './buyer-disputes.service';
export { endBuyerDisputeOnRefund, resolveForSilentSeller } from './dispute-resolution.service';
export { type Dispute, disputeExists, findDisputeMessage, hasOpenChargeback } from './disputes.repository';
export { isDisputeParty } from './dispute-party';
export { EVIDENCE_TABLE } from './evidence.repository';
export { liveDisputesOn } from './disputes.repository';
export { exportDisputesOn } from './dispute-export';
export { isDisputeReminder, remindDisputeDeadline } from './dispute-reminders';
