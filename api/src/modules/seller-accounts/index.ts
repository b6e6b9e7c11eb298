export { findSellerAccount } from './seller-accounts.repository';
export { sellerAccountsRoutes } from './seller-accounts.routes';
export { syncSellerAccount } from './seller-accounts.service';
export { sellerCanAcceptPayments, sellerCanReceivePayouts } from './seller-gates';
