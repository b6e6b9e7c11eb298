export { captureToEscrow, escrowOf, holdOf, postHold, refundFromEscrow, setSettleAfter, splitGross, voidHold, type EscrowOrder } from './escrow';
export { accounts, type AccountRef, type Transfer } from './ledger';
export { accountBalance, postTransaction } from './ledger.repository';
export { EscrowExceeded, HoldNotPending, InsufficientFunds, InvalidTransfer, ReferenceConflict } from './ledger.errors';
export { ledgerLinesOf, userBalances } from './ledger.repository';
