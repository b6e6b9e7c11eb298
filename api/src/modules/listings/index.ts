export { listingsRoutes } from './listings.routes';
export { findListing, reserveListing, setListingStatus, type Listing } from './listings.repository';
export { CATEGORIES } from './listings.schemas';
export { createListing } from './listings.service';
