export { type ShippingAddress, ShippingAddressBody, ShippingAddressResponse } from './addresses.schemas';
export { SAVED_ADDRESSES_TABLE, findSavedAddress } from './saved-addresses.repository';
export { ORDER_ADDRESSES_TABLE, eraseAddresses, exportAddressesOf, readOrderAddress, setOrderAddress } from './order-addresses.repository';
export { checkAddress } from './address-check';
export { normalizeTracking, trackingProblem, trackingUrl } from './tracking';
