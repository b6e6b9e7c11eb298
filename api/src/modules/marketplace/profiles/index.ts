export { ENCRYPTED_TABLES } from './encrypted-tables';
export { submitIdentityDocument } from './profiles.service';
export { erasePrivateData, exportPrivateData } from './private-data';
export { avatarUrls, erasePublicProfile, removeUnusedAvatars } from './public-profile.service';
export { findPublicProfile } from './public-profile.repository';
