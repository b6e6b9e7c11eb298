export { LISTING_FLAGS, type ListingFlag, holdReportedListing } from './listing-review';
export { listingColumn } from './listing-columns';
export {
  UNDER_REVIEW,
  countActiveListings,
  findListing,
  lockListing,
  lockListings,
  reserveListing,
  setListingStatus,
  toListingResponse,
  updateListing,
  type Listing,
} from './listings.repository';
export { LISTING_STATUSES, ListingIdParams, ListingResponse } from './listings.schemas';
export { createListing } from './listings.service';
export { closeListingsOf, exportListingsOf } from './listings.repository';
