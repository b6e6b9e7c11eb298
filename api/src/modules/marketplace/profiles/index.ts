export { ENCRYPTED_TABLES } from './encrypted-tables';
export { submitIdentityDocument } from './profiles.service';
export { erasePublicProfile, removeUnusedAvatars } from './public-profile.service';
