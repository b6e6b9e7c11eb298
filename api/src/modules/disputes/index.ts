export { type ChargebackReport, type DisputeStatus, applyChargebackLoss, recordChargeback, settleAfterChargebackWon } from './chargebacks.service';
export { type Dispute, findOrderIdForPayment, hasOpenDispute } from './disputes.repository';
