export { listingModerationRoutes } from './listing-moderation.routes';
export { applyListingCommand, decideListing } from './listing-moderation.service';
