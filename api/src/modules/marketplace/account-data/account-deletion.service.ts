import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { DomainError } from '../../../errors';
import { isStaff } from '../../../permissions';
import { closeListingsOf } from '../listings';
import { eraseListingImages, purgeRemovedImages } from '../listing-images';
import { deleteNotificationsOf, deletePreferencesOf, deletePushSubscriptionsOf } from '../notifications';
import { deleteRealtimeEventsOf } from '../../platform/realtime';
import { erasePrivateData, erasePublicProfile, removeUnusedAvatars } from '../profiles';
import { eraseBlocks } from '../blocks';
import { eraseFavourites } from '../favourites';
import { eraseSavedSearches } from '../saved-searches';
import { closeOffersOf } from '../offers';
import { eraseAddresses } from '../shipping';
import { eraseOidcIdentities } from '../oidc';
import { eraseTwoFactor } from '../two-factor';
import { recordSecurityEvent, sendSecurityAlert } from '../security-events';
import { assertSteppedUp, lockUsers, pseudonymiseUser } from '../users';
import { openObligations } from './account-obligations';
import { deleteExportsOf } from './data-exports.repository';

/** Erases one kind of a deleted user's personal data, in the deletion's transaction. */
export type AccountEraser = (trx: Transaction<DB>, userId: string, now: Date) => Promise<unknown>;

/**
 * Everything deletion erases besides the account row itself, each through the module that owns it.
 * A module that stores more about a user (a second factor, linked sign-in providers, blocks, a public
 * profile and its avatar) adds its eraser here, one line.
 */
export const ACCOUNT_ERASERS: readonly AccountEraser[] = [
  erasePrivateData,
  deleteNotificationsOf,
  deletePreferencesOf,
  deletePushSubscriptionsOf,
  deleteRealtimeEventsOf,
  deleteExportsOf,
  eraseBlocks,
  eraseOidcIdentities,
  eraseTwoFactor,
  eraseListingImages,
  eraseFavourites,
  eraseSavedSearches,
  closeOffersOf,
  eraseAddresses,
];

/**
 * Deletes the caller's account, once they have stepped up and nothing is open (orders, disputes,
 * money in escrow or on the balance, payouts under way: 409 naming each). One transaction takes the
 * listings off the market, erases the personal data and pseudonymises the account, leaving what others
 * and the law rely on (orders, ledger, audit chain, reviews, fraud records). The alert goes to the old
 * address after the commit, as the account has no address any more.
 */
export async function deleteAccount(ctx: AppContext, userId: string, token: string, origin: { ip: string; userAgent?: string }): Promise<void> {
  await assertSteppedUp(ctx, token);
  const now = ctx.clock.now();
  const { owner, event, avatars } = await inTransaction(ctx.db, async (trx) => {
    // The user's row lock serialises this with payout requests; closing the listings first means an order
    // racing the deletion either reserved its listing already (and is found open below) or finds it removed.
    const [account] = await lockUsers(trx, [userId]);
    const closed = await closeListingsOf(trx, userId, now);
    const obligations = await openObligations(trx, userId);
    // Staff decisions and audit entries name the account; an administrator removes the roles first.
    if (isStaff(account!.roles)) obligations.push({ field: 'staff_roles', message: 'A staff account is closed by an administrator: ask one to remove your staff roles first' });
    if (obligations.length > 0) {
      const kinds = [...new Set(obligations.map((o) => o.field.replaceAll('_', ' ')))].join(', ');
      throw new DomainError('conflict', 'account_has_open_obligations', `The account cannot be deleted while it has: ${kinds}. See errors for each.`, obligations);
    }
    for (const erase of ACCOUNT_ERASERS) await erase(trx, userId, now);
    // The avatar files go once committed (another profile may show the same picture).
    const avatars = await erasePublicProfile(trx, userId);
    const event = await recordSecurityEvent(trx, {
      userId,
      kind: 'account_deleted',
      at: now,
      origin,
      details: { listings_closed: closed.length },
    });
    const owner = await pseudonymiseUser(trx, userId, now);
    return { owner, event, avatars };
  });
  ctx.sessions.forgetUser(userId);
  await removeUnusedAvatars(ctx, avatars);
  // Listing photos no order keeps (an order keeps what its buyer saw, for a dispute), with their objects.
  await purgeRemovedImages(ctx, userId);
  await sendSecurityAlert(ctx, owner, event);
}
