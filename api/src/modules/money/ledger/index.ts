export { captureToEscrow, escrowOf, holdOf, postHold, refundFromEscrow, setSettleAfter, splitGross, voidHold, type EscrowOrder } from './escrow';
export { accounts, type AccountRef, type Transfer } from './ledger';
export { type UserBalance, accountBalance, ledgerLinesOf, postTransaction, userBalances } from './ledger.repository';
export { EscrowExceeded, HoldNotPending, InsufficientFunds, InvalidTransfer, ReferenceConflict } from './ledger.errors';
