export { ledgerRoutes } from './ledger.routes';
export { captureToEscrow, refundEscrow, releaseEscrow, type EscrowOrder } from './escrow';
export { accounts, type AccountRef, type Transfer } from './ledger';
export { accountBalance, postTransaction, unbalancedCurrencies, userBalances, type UserBalance } from './ledger.repository';
