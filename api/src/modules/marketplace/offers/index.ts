export { closeOffersOf, expireDueOffers } from './offers.service';
export { exportOffersOf } from './offers.repository';
