export { type AuthorizationSecrets, type OidcProviderSpec, type ProviderIdentity, authorizationUrl, newAuthorizationSecrets, redeemCode } from './oidc-client';
