export { applyListingCommand, decideListing } from './listing-moderation.service';
