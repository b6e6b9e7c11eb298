export { LISTING_FLAGS, type ListingFlag, holdReportedListing } from './listing-review';
export { listingColumn } from './listing-columns';
export {
  UNDER_REVIEW,
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
  updateListing,
  type Listing,
} from './listings.repository';
export { LISTING_STATUSES, ListingIdParams, ListingResponse, SearchListingsQuery } from './listings.schemas';
export { type ListingKeyShares, listingKeyShares, matchesTextQuery, textQueriesOf } from './listing-text-search';
export { createListing } from './listings.service';
export { closeListingsOf, exportListingsOf } from './listings.repository';
