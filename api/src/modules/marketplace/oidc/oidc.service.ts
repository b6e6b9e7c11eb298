import { randomBytes, randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { Keyring } from '../../../adapters/keyring';
import { z } from 'zod';
import { type OidcProviderSpec, type ProviderIdentity, authorizationUrl, newAuthorizationSecrets, redeemCode } from '../../../adapters/oidc';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction, isUniqueViolation } from '../../../db/transaction';
import { conflict, forbidden, invalid, notFound } from '../../../errors';
import type { AuthUser } from '../../../auth-user';
import { type SecurityEventRow, recordSecurityEvent, sendSecurityAlert } from '../security-events';
import { type SignInResult, continueSignIn } from '../two-factor';
import { type RequestOrigin, accountIdByEmail, assertSteppedUp, createExternalAccount, findPublicUser, findUserStanding, hasUsablePassword, hashToken } from '../users';
import {
  attachCompletionCode,
  claimFlow,
  claimCompletionCode,
  deleteAllOf,
  deleteFlowsExpiredBefore,
  deleteIdentity,
  findIdentityBySubject,
  insertFlow,
  insertIdentity,
  listIdentities,
  lockIdentities,
} from './oidc.repository';
import { openFlowSecrets, openIdentityEmail, sealFlowSecrets, sealIdentityEmail } from './sealed-fields';

const FLOW_TTL_MS = 10 * 60_000;
// What registration accepts, so an account opened through a provider can receive mail like any other.
const USABLE_EMAIL = z.email().max(254);
const LOGIN_CODE_TTL_MS = 60_000;

function providerOf(ctx: AppContext, id: string): OidcProviderSpec {
  const spec = ctx.config.OIDC_PROVIDERS.find((p) => p.id === id);
  if (!spec) throw notFound('Sign-in provider');
  return spec;
}

const redirectUriOf = (ctx: AppContext, provider: string) => `${ctx.config.API_URL}/v1/auth/oidc/${provider}/callback`;

/** Where the app asked to come back to, if it is the app (same origin, under APP_URL's path): never an open redirect. */
function appUrl(ctx: AppContext, returnTo: string | undefined): string {
  const base = new URL(ctx.config.APP_URL);
  if (returnTo === undefined) return base.toString();
  let target: URL;
  try {
    target = new URL(returnTo);
  } catch {
    throw invalid('return_to_outside_app', 'return_to must be an absolute URL of the app (under APP_URL)', 'return_to');
  }
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  if (target.origin !== base.origin || !(target.pathname === base.pathname || target.pathname.startsWith(basePath))) {
    throw invalid('return_to_outside_app', 'return_to must be under APP_URL', 'return_to');
  }
  return target.toString();
}

/**
 * Opens a flow (state, nonce and PKCE verifier kept server-side) and returns the provider's authorization
 * URL. A sign-in is bound to the browser that started it, a link to the user who asked.
 */
export async function startFlow(ctx: AppContext, providerId: string, returnTo: string | undefined, by: { browser: string } | { userId: string }): Promise<string> {
  const spec = providerOf(ctx, providerId);
  const target = appUrl(ctx, returnTo);
  const secrets = newAuthorizationSecrets();
  // Discovery first: an unreachable provider leaves no flow behind.
  const url = await authorizationUrl(spec, redirectUriOf(ctx, spec.id), secrets);
  const id = randomUUID();
  const now = ctx.clock.now();
  // Each start sweeps what is long over, so the table holds only recent attempts.
  await deleteFlowsExpiredBefore(ctx.db, new Date(now.getTime() - FLOW_TTL_MS));
  await insertFlow(ctx.db, {
    id,
    state_hash: hashToken(secrets.state),
    provider: spec.id,
    mode: 'userId' in by ? 'link' : 'sign_in',
    user_id: 'userId' in by ? by.userId : null,
    browser_hash: 'browser' in by ? hashToken(by.browser) : null,
    return_to: target,
    ...sealFlowSecrets(ctx.keyring, id, { nonce: secrets.nonce, codeVerifier: secrets.codeVerifier }),
    created_at: now,
    expires_at: new Date(now.getTime() + FLOW_TTL_MS),
  });
  return url;
}

/** The link flow: only a session that proved its owner a moment ago may attach a new way in. */
export async function startLink(ctx: AppContext, user: AuthUser, token: string, providerId: string, returnTo: string | undefined): Promise<string> {
  await assertSteppedUp(ctx, token);
  return startFlow(ctx, providerId, returnTo, { userId: user.id });
}

export interface CallbackParams {
  state?: string;
  code?: string;
  iss?: string;
  error?: string;
  error_description?: string;
}

/**
 * The provider sent the browser back. The state is spent first (unknown, used, expired or another
 * browser's: 422), then the code is redeemed with the flow's PKCE verifier and the ID token checked
 * against its nonce. The answer is where to send the browser: the app, with a one-minute login code
 * (sign-in) or `linked`.
 */
export async function completeFlow(ctx: AppContext, providerId: string, params: CallbackParams, origin: RequestOrigin & { browser?: string }): Promise<string> {
  const spec = providerOf(ctx, providerId);
  const now = ctx.clock.now();
  const flow = params.state ? await claimFlow(ctx.db, spec.id, hashToken(params.state), origin.browser ? hashToken(origin.browser) : null, now) : undefined;
  if (!flow || !params.state) throw invalid('invalid_state', 'Unknown, used or expired sign-in attempt, or one started in another browser; start again', 'state');
  const secrets = openFlowSecrets(ctx.keyring, flow);
  const callbackParams = Object.fromEntries(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined));
  const identity = await redeemCode(spec, redirectUriOf(ctx, spec.id), callbackParams, { state: params.state, ...secrets });
  const back = new URL(flow.return_to);
  const code = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + LOGIN_CODE_TTL_MS);
  if (flow.mode === 'link') {
    // Whoever started the link chose which browser finishes it: the identity waits until the app, signed
    // in as that same user, confirms with the code, so a link URL sent to someone else links nothing.
    await assertLinkable(ctx, spec.id, flow.user_id!, identity);
    await attachCompletionCode(ctx.db, flow.id, { userId: flow.user_id!, hash: hashToken(code), expiresAt }, sealFlowSecrets(ctx.keyring, flow.id, { ...secrets, identity }));
    back.searchParams.set('link_code', code);
    return back.toString();
  }
  const userId = await signInUser(ctx, spec.id, identity);
  await attachCompletionCode(ctx.db, flow.id, { userId, hash: hashToken(code), expiresAt });
  back.searchParams.set('login_code', code);
  return back.toString();
}

/** The app, signed in as the user who started the link, confirms it with the callback's link code. */
export async function confirmLink(ctx: AppContext, user: AuthUser, linkCode: string, origin: RequestOrigin): Promise<{ provider: string }> {
  const flow = await claimCompletionCode(ctx.db, hashToken(linkCode), 'link', ctx.clock.now(), user.id);
  const identity = flow ? openFlowSecrets(ctx.keyring, flow).identity : undefined;
  if (!flow || !identity) throw invalid('invalid_link_code', 'Unknown, used or expired link code, or one for another account; link again', 'link_code');
  await link(ctx, flow.provider, user.id, identity, origin);
  return { provider: flow.provider };
}

/**
 * Who a provider's identity signs in. A linked identity is its user. Otherwise only an address the
 * provider verified opens an account, and never one that already has an account: its owner must sign
 * in with their password and link (a provider is never trusted to take over an account).
 */
async function signInUser(ctx: AppContext, provider: string, identity: ProviderIdentity): Promise<string> {
  const linked = await findIdentityBySubject(ctx.db, provider, identity.subject);
  if (linked) return linked.user_id;
  const email = identity.email?.toLowerCase();
  if (!identity.emailVerified || !email || !USABLE_EMAIL.safeParse(email).success) {
    ctx.logger.info({ provider, refused: 'provider_email_unverified' }, 'oidc sign-in refused');
    throw forbidden('The provider did not verify an email address for this identity: sign in another way, then link the provider', 'provider_email_unverified');
  }
  const linkRequired = () => conflict('link_required', 'An account already uses this email: sign in with its password, then link the provider from your account');
  if (await accountIdByEmail(ctx.db, email)) {
    ctx.logger.info({ provider, refused: 'link_required' }, 'oidc sign-in refused');
    throw linkRequired();
  }
  const now = ctx.clock.now();
  try {
    return await inTransaction(ctx.db, async (trx) => {
      const user = await createExternalAccount(trx, { email, display_name: displayNameOf(identity, email), now });
      await insertIdentityRow(ctx, trx, user.id, provider, identity, now);
      return user.id;
    });
  } catch (err) {
    // Registered with the address a moment ago; or the same identity signed in twice at once.
    if (isUniqueViolation(err, 'users_email_key')) throw linkRequired();
    if (isUniqueViolation(err, 'oidc_identities_subject_key')) throw conflict('sign_in_in_progress', 'This identity is being signed in already; try again');
    throw err;
  }
}

const displayNameOf = (identity: ProviderIdentity, email: string) => (identity.name?.trim() || email.split('@')[0]!).slice(0, 80);

async function insertIdentityRow(ctx: AppContext, trx: Transaction<DB>, userId: string, provider: string, identity: ProviderIdentity, now: Date): Promise<void> {
  const id = randomUUID();
  await insertIdentity(trx, {
    id,
    user_id: userId,
    provider,
    subject: identity.subject,
    email_verified: identity.emailVerified,
    ...sealIdentityEmail(ctx.keyring, id, identity.email),
    linked_at: now,
  });
}

const linkedElsewhere = () => conflict('identity_linked_elsewhere', 'This provider identity is linked to another account');

/** Said at the callback already, so the browser learns at once that this identity cannot be linked. */
async function assertLinkable(ctx: AppContext, provider: string, userId: string, identity: ProviderIdentity): Promise<void> {
  const existing = await findIdentityBySubject(ctx.db, provider, identity.subject);
  if (existing && existing.user_id !== userId) throw linkedElsewhere();
}

async function link(ctx: AppContext, provider: string, userId: string, identity: ProviderIdentity, origin: RequestOrigin): Promise<void> {
  const existing = await findIdentityBySubject(ctx.db, provider, identity.subject);
  if (existing?.user_id === userId) return;
  if (existing) throw linkedElsewhere();
  const now = ctx.clock.now();
  let event: SecurityEventRow;
  try {
    event = await inTransaction(ctx.db, async (trx) => {
      await insertIdentityRow(ctx, trx, userId, provider, identity, now);
      return recordSecurityEvent(trx, { userId, kind: 'oidc_linked', at: now, origin, details: { provider } });
    });
  } catch (err) {
    if (isUniqueViolation(err, 'oidc_identities_subject_key')) throw linkedElsewhere();
    if (isUniqueViolation(err, 'oidc_identities_user_provider_key'))
      throw conflict('provider_already_linked', 'Another identity of this provider is linked to your account; unlink it first');
    throw err;
  }
  await alert(ctx, userId, event);
}

async function alert(ctx: AppContext, userId: string, event: SecurityEventRow): Promise<void> {
  const user = await findPublicUser(ctx.db, userId);
  if (user) await sendSecurityAlert(ctx, user, event);
}

/** Spends a login code (once, within a minute of the callback) for a session, stepped up: the provider just proved the user. */
/** The provider's answer is the first factor: an account with two-step verification still owes a code (a challenge). */
export async function exchangeLoginCode(ctx: AppContext, loginCode: string, origin: RequestOrigin): Promise<SignInResult> {
  const now = ctx.clock.now();
  const userId = (await claimCompletionCode(ctx.db, hashToken(loginCode), 'sign_in', now))?.user_id;
  const user = userId ? await findPublicUser(ctx.db, userId) : undefined;
  if (!user) throw invalid('invalid_login_code', 'Unknown, used or expired login code; sign in again', 'login_code');
  if ((await findUserStanding(ctx.db, user.id))?.suspended_at) throw forbidden('This account is suspended; contact support', 'account_suspended');
  return continueSignIn(ctx, user, 'app', origin);
}

/** The user's linked providers, the email each gave opened (their own data: also their export's). */
export async function listLinkedIdentities(db: Kysely<DB>, keyring: Keyring, userId: string) {
  const rows = await listIdentities(db, userId);
  return rows.map((row) => ({ provider: row.provider, email: openIdentityEmail(keyring, row), linked_at: row.linked_at }));
}

/** Refused when it would leave the account no way in: no password, and this is its only provider. */
export async function unlink(ctx: AppContext, user: AuthUser, token: string, providerId: string, origin: RequestOrigin): Promise<void> {
  await assertSteppedUp(ctx, token);
  const now = ctx.clock.now();
  const event = await inTransaction(ctx.db, async (trx) => {
    const identities = await lockIdentities(trx, user.id);
    const target = identities.find((i) => i.provider === providerId);
    if (!target) throw notFound('Linked provider');
    if (identities.length === 1 && !(await hasUsablePassword(trx, user.id))) {
      throw conflict('last_sign_in_method', 'This provider is the only way into your account: set a password (through the password reset) before unlinking it');
    }
    await deleteIdentity(trx, target.id);
    return recordSecurityEvent(trx, { userId: user.id, kind: 'oidc_unlinked', at: now, origin, details: { provider: providerId } });
  });
  await sendSecurityAlert(ctx, user, event);
}

/** For account deletion: the user's links and pending flows go with their personal data. */
export async function eraseOidcIdentities(trx: Transaction<DB>, userId: string): Promise<void> {
  await deleteAllOf(trx, userId);
}
