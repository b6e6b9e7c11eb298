export { ENCRYPTED_TABLES } from './sealed-fields';
export { eraseOidcIdentities, listLinkedIdentities } from './oidc.service';
