export { LISTING_FLAGS, type ListingFlag, type PhotoFlag, holdListingForPhoto, holdReportedListing } from './listing-review';
export { listingColumn } from './listing-columns';
export {
  SELLER_ONLY,
  countActiveListings,
  findListing,
  findMatchableListing,
  findVisibleListing,
  findVisibleListings,
  lockListing,
  lockListings,
  reserveListing,
  setListingStatus,
  toListingResponse,
  type Listing,
} from './listings.repository';
export { LISTING_STATUSES, ListingIdParams, ListingResponse } from './listings.schemas';
export { SearchListingsQuery } from './search-query.schemas';
export { type ListingKeyShares, listingKeyShares, matchesTextQuery, textQueriesOf } from './listing-text-search';
export { createListing, isEditable, setModeratedStatus } from './listings.service';
export { type ListingChange, takeListingChanges } from './listing-changes';
export { closeListingsOf, exportListingsOf } from './listings.repository';
export { SALE_FORMATS, assertFixedPrice, setSaleFormat } from './sale-format';
