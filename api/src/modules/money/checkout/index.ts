export { payOrder, recoverPayments } from './checkout.service';
