import * as client from 'openid-client';
import { DomainError } from '../../errors';

export interface OidcProviderSpec {
  id: string;
  issuer: string;
  client_id: string;
  client_secret: string;
  name?: string;
}

/** One authorization request: what the callback must find again (kept server-side, never in the browser). */
export interface AuthorizationSecrets {
  state: string;
  nonce: string;
  codeVerifier: string;
}

/** Who the provider says signed in; `email` only with the provider's word on whether it is verified. */
export interface ProviderIdentity {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

const SCOPE = 'openid email profile';

// Discovery per (issuer, client), once per process; a failed discovery is forgotten so the next request retries.
const configurations = new Map<string, Promise<client.Configuration>>();

function configurationOf(spec: OidcProviderSpec): Promise<client.Configuration> {
  const key = JSON.stringify([spec.issuer, spec.client_id, spec.client_secret]);
  let found = configurations.get(key);
  if (!found) {
    const issuer = new URL(spec.issuer);
    // Plain HTTP only for a provider on this machine (a local Keycloak, the tests' provider).
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(issuer.hostname);
    found = client.discovery(issuer, spec.client_id, undefined, client.ClientSecretBasic(spec.client_secret), loopback ? { execute: [client.allowInsecureRequests] } : undefined);
    found.catch(() => configurations.delete(key));
    configurations.set(key, found);
  }
  return found.catch(() => {
    throw new DomainError('unavailable', 'provider_unavailable', `The sign-in provider ${spec.id} could not be reached; try again later`, undefined, 30);
  });
}

export function newAuthorizationSecrets(): AuthorizationSecrets {
  return { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() };
}

/** Where to send the browser: the provider's authorization endpoint with PKCE (S256), state and nonce. */
export async function authorizationUrl(spec: OidcProviderSpec, redirectUri: string, secrets: AuthorizationSecrets): Promise<string> {
  const config = await configurationOf(spec);
  return client
    .buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: SCOPE,
      state: secrets.state,
      nonce: secrets.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(secrets.codeVerifier),
      code_challenge_method: 'S256',
    })
    .toString();
}

/**
 * Redeems the code the provider sent back (with the PKCE verifier) and returns the identity from the
 * validated ID token (signature, issuer, audience, expiry, nonce), asking the userinfo endpoint for the
 * email when the ID token leaves it out. A code the provider refuses (replayed, expired, not this
 * verifier's) or an answer that fails validation is the caller's 422; an unreachable provider a 503.
 */
export async function redeemCode(spec: OidcProviderSpec, redirectUri: string, callbackParams: Record<string, string>, secrets: AuthorizationSecrets): Promise<ProviderIdentity> {
  const config = await configurationOf(spec);
  const callbackUrl = new URL(redirectUri);
  for (const [name, value] of Object.entries(callbackParams)) callbackUrl.searchParams.set(name, value);
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: secrets.codeVerifier,
      expectedState: secrets.state,
      expectedNonce: secrets.nonce,
      idTokenExpected: true,
    });
    const idToken = tokens.claims()!;
    const claims = idToken.email === undefined ? { ...(await client.fetchUserInfo(config, tokens.access_token, idToken.sub)), ...idToken } : idToken;
    const email = typeof claims.email === 'string' ? claims.email : null;
    // Some providers send the flag as a string.
    const emailVerified = email !== null && (claims.email_verified === true || claims.email_verified === 'true');
    return { subject: idToken.sub, email, emailVerified, name: typeof claims.name === 'string' ? claims.name : null };
  } catch (err) {
    if (err instanceof client.AuthorizationResponseError) {
      throw new DomainError('invalid', 'provider_refused', `The provider did not sign you in (${err.error})`);
    }
    if (err instanceof client.ResponseBodyError || err instanceof client.ClientError) {
      throw new DomainError('invalid', 'provider_response_rejected', 'The provider refused the code, or its answer did not pass validation; start again');
    }
    throw new DomainError('unavailable', 'provider_unavailable', `The sign-in provider ${spec.id} could not be reached; try again later`, undefined, 30);
  }
}
