export { findSellerAccount } from './seller-accounts.repository';
export { syncSellerAccount } from './seller-accounts.service';
export { sellerCanAcceptPayments, sellerCanReceivePayouts } from './seller-gates';
