export { ledgerRoutes } from './ledger.routes';
export { captureToEscrow, escrowBalances, holdOf, lockHold, postHold, refundFromEscrow, splitGross, voidHold, type EscrowOrder } from './escrow';
export { accounts, type AccountRef, type Transfer } from './ledger';
export { accountBalance, isInsufficientFunds, postTransaction, unbalancedCurrencies, userBalances, type UserBalance } from './ledger.repository';
