export { ENCRYPTED_TABLES } from './encrypted-tables';
export { profilesRoutes } from './profiles.routes';
