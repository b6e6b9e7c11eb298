export { ENCRYPTED_TABLES } from './encrypted-tables';
export { identityReviewRoutes } from './identity-review.routes';
export { profilesRoutes } from './profiles.routes';
export { submitIdentityDocument } from './profiles.service';
