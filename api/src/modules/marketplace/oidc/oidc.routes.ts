import { bindBrowser, browserBindingOf } from '../../../http/browser-binding';
import { type RateLimitRule, route } from '../../../http/route';
import { SessionResponse, toUserResponse } from '../users';
import { TwoFactorChallenge, challengeResponse } from '../two-factor';
import {
  CallbackQuery,
  ConfirmLinkBody,
  ExchangeBody,
  IdentitiesResponse,
  LinkBody,
  LinkResponse,
  LinkedResponse,
  ProviderParams,
  ProvidersResponse,
  StartQuery,
} from './oidc.schemas';
import { completeFlow, confirmLink, exchangeLoginCode, listLinkedIdentities, startFlow, startLink, unlink } from './oidc.service';

const PER_IP: RateLimitRule[] = [{ budget: 'auth_ip', per: 'ip' }];
// State and login codes are secrets a stranger could guess at.
const GUESSES: RateLimitRule[] = [{ budget: 'code_ip', per: 'ip' }];
const PER_ACCOUNT: RateLimitRule[] = [{ budget: 'auth_account', per: 'user' }];

const UNKNOWN_PROVIDER = { 404: { description: 'No such provider is configured' } };
const UNREACHABLE = { 503: { description: 'The provider could not be reached (`provider_unavailable`); see Retry-After' } };
const STEP_UP = { 403: { description: 'The session has not proved its owner within STEP_UP_MINUTES (`step_up_required`)' } };

export const oidcRoutes = [
  route({
    method: 'get',
    path: '/v1/auth/oidc/providers',
    operationId: 'listOidcProviders',
    tag: 'auth',
    access: 'public',
    summary: 'The OpenID Connect providers one can sign in with (OIDC_PROVIDERS)',
    rateLimit: PER_IP,
    responses: { 200: { description: 'The providers', schema: ProvidersResponse } },
    handler: async ({ ctx }) => ({ status: 200, body: { providers: ctx.config.OIDC_PROVIDERS.map((p) => ({ id: p.id, name: p.name ?? p.id })) } }),
  }),
  route({
    method: 'get',
    path: '/v1/auth/oidc/:provider/start',
    operationId: 'startOidcSignIn',
    tag: 'auth',
    access: 'public',
    summary:
      'Open in the browser to sign in (or sign up) with a provider: redirects to its authorization page (PKCE S256, state, nonce; the attempt ' +
      'lasts 10 minutes, once) and sets a cookie binding the attempt to this browser. The provider sends the browser back to the callback, ' +
      'which redirects to return_to with a login_code.',
    params: ProviderParams,
    query: StartQuery,
    rateLimit: PER_IP,
    responses: {
      302: { description: "To the provider's authorization endpoint (Location)" },
      422: { description: 'return_to is not under APP_URL (`return_to_outside_app`)' },
      ...UNKNOWN_PROVIDER,
      ...UNREACHABLE,
    },
    handler: async ({ ctx, params, query, header, secure }) => {
      const browser = bindBrowser(header, secure);
      return { status: 302, headers: { Location: await startFlow(ctx, params.provider, query.return_to, { browser: browser.value }), 'Set-Cookie': browser.setCookie } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/auth/oidc/:provider/callback',
    operationId: 'completeOidcSignIn',
    tag: 'auth',
    access: 'public',
    summary:
      "The provider's redirect URI (`${API_URL}/v1/auth/oidc/{provider}/callback`). Signing in: redirects to return_to with `login_code` " +
      '(single-use, 60 seconds; trade it at POST /v1/auth/oidc/exchange: no session token ever travels in a URL). A new identity whose ' +
      'email the provider verified, and which no account uses, opens an account. Linking: redirects to return_to with `link_code` ' +
      '(single-use, 60 seconds), which the app, signed in as the user who started the link, confirms at POST /v1/me/oidc/link/confirm.',
    params: ProviderParams,
    query: CallbackQuery,
    rateLimit: GUESSES,
    responses: {
      302: { description: 'Back to the app (Location)' },
      403: { description: 'The provider did not verify the email of an identity no account has linked (`provider_email_unverified`)' },
      409: {
        description:
          'An account already uses the email (`link_required`: sign in, then link), or, linking, the identity is linked to another account ' +
          '(`identity_linked_elsewhere`) or the account has another identity of this provider (`provider_already_linked`)',
      },
      422: {
        description:
          'Unknown, used or expired state, or one another browser started (`invalid_state`), the provider answered with an error (`provider_refused`), or it refused the code or its answer failed validation (`provider_response_rejected`)',
      },
      ...UNKNOWN_PROVIDER,
      ...UNREACHABLE,
    },
    handler: async ({ ctx, params, query, ip, header, secure }) => {
      const origin = { ip, userAgent: header('user-agent'), browser: browserBindingOf(header, secure) };
      return { status: 302, headers: { Location: await completeFlow(ctx, params.provider, query, origin) } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/auth/oidc/exchange',
    operationId: 'exchangeOidcLoginCode',
    tag: 'auth',
    access: 'public',
    summary:
      'Trade the login_code the callback handed to the app for a session (once, within 60 seconds; the session starts stepped up), or, for an account with two-step verification, a challenge',
    body: ExchangeBody,
    rateLimit: GUESSES,
    responses: {
      200: { description: 'Signed in', schema: SessionResponse },
      202: { description: 'The account has two-step verification: answer the challenge at POST /v1/auth/login/2fa', schema: TwoFactorChallenge },
      403: { description: 'The account is suspended (`account_suspended`)' },
      422: { description: 'Unknown, used or expired login code (`invalid_login_code`)' },
    },
    handler: async ({ ctx, body, ip, header }) => {
      const result = await exchangeLoginCode(ctx, body.login_code, { ip, userAgent: header('user-agent') });
      if ('challenge' in result) return { status: 202, body: challengeResponse(result) };
      return { status: 200, body: { user: toUserResponse(result.session.user), token: result.session.token } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/oidc',
    operationId: 'listMyOidcIdentities',
    tag: 'auth',
    access: 'user',
    summary: 'The providers linked to my account',
    responses: { 200: { description: 'Linked identities', schema: IdentitiesResponse } },
    handler: async ({ ctx, user }) => {
      const identities = await listLinkedIdentities(ctx.db, ctx.keyring, user.id);
      return { status: 200, body: { identities: identities.map((i) => ({ ...i, linked_at: i.linked_at.toISOString() })) } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/me/oidc/:provider/link',
    operationId: 'linkOidcProvider',
    tag: 'auth',
    access: 'user',
    summary:
      'Start linking a provider to my account (after step-up): open authorization_url in the browser; the callback redirects to return_to ' +
      'with `link_code`, which this account confirms at POST /v1/me/oidc/link/confirm (so a link URL sent to someone else links nothing).',
    params: ProviderParams,
    body: LinkBody,
    rateLimit: PER_ACCOUNT,
    responses: {
      200: { description: "The provider's authorization URL for this link", schema: LinkResponse },
      ...STEP_UP,
      422: { description: 'return_to is not under APP_URL (`return_to_outside_app`)' },
      ...UNKNOWN_PROVIDER,
      ...UNREACHABLE,
    },
    handler: async ({ ctx, user, token, params, body }) => ({ status: 200, body: { authorization_url: await startLink(ctx, user, token, params.provider, body.return_to) } }),
  }),
  route({
    method: 'post',
    path: '/v1/me/oidc/link/confirm',
    operationId: 'confirmOidcLink',
    tag: 'auth',
    access: 'user',
    summary: 'Link the provider identity the callback holds for my account (its `link_code`, once, within 60 seconds). A security alert is mailed.',
    body: ConfirmLinkBody,
    rateLimit: GUESSES,
    responses: {
      200: { description: 'Linked', schema: LinkedResponse },
      409: {
        description: 'The identity is linked to another account (`identity_linked_elsewhere`) or the account has another identity of this provider (`provider_already_linked`)',
      },
      422: { description: 'Unknown, used or expired link code, or one another account started (`invalid_link_code`)' },
    },
    handler: async ({ ctx, user, body, ip, header }) => ({ status: 200, body: await confirmLink(ctx, user, body.link_code, { ip, userAgent: header('user-agent') }) }),
  }),
  route({
    method: 'delete',
    path: '/v1/me/oidc/:provider',
    operationId: 'unlinkOidcProvider',
    tag: 'auth',
    access: 'user',
    summary: 'Unlink a provider from my account (after step-up); refused when it is the only way in. A security alert is mailed.',
    params: ProviderParams,
    rateLimit: PER_ACCOUNT,
    responses: {
      204: { description: 'Unlinked' },
      ...STEP_UP,
      404: { description: 'This provider is not linked to the account' },
      409: { description: 'The account has no password and no other provider (`last_sign_in_method`)' },
    },
    handler: async ({ ctx, user, token, params, ip, header }) => {
      await unlink(ctx, user, token, params.provider, { ip, userAgent: header('user-agent') });
      return { status: 204 };
    },
  }),
];
