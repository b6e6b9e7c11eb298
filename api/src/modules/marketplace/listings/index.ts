export { LISTING_FLAGS, type ListingFlag, type PhotoFlag, holdListingForPhoto, holdReportedListing } from './listing-review';
export { listingColumn } from './listing-columns';
export { SELLER_ONLY, countActiveListings, findListing, lockListing, lockListings, reserveListing, setListingStatus, toListingResponse, type Listing } from './listings.repository';
export { LISTING_STATUSES, ListingIdParams, ListingResponse } from './listings.schemas';
export { createListing, isEditable, setModeratedStatus } from './listings.service';
export { type ListingChange, takeListingChanges } from './listing-changes';
export { closeListingsOf, exportListingsOf } from './listings.repository';
