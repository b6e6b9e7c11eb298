export { ENCRYPTED_TABLES } from './sealed-fields';
export { eraseOidcIdentities } from './oidc.service';
