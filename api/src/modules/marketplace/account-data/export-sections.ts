import type { Kysely } from 'kysely';
import type { Keyring } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import { ledgerLinesOf } from '../../money/ledger';
import { exportDisputesOn } from '../../trust-safety/disputes';
import { exportConversationsOf } from '../conversations';
import { exportOrdersOf, orderIdsOf } from '../orders';
import { exportListingsOf } from '../listings';
import { exportOffersOf } from '../offers';
import { exportAddressesOf } from '../shipping';
import { exportListingImagesOf } from '../listing-images';
import { exportNotificationsOf, exportPreferencesOf } from '../notifications';
import { exportPrivateData, findPublicProfile } from '../profiles';
import { exportBlocksOf } from '../blocks';
import { exportFavouritesOf } from '../favourites';
import { exportSavedSearchesOf } from '../saved-searches';
import { listLinkedIdentities } from '../oidc';
import { twoFactorStatus } from '../two-factor';
import { exportReviewsOf } from '../reviews';
import { exportSecurityEventsOf } from '../security-events';
import { exportAccount, exportSessions } from '../users';

export interface ExportSource {
  db: Kysely<DB>;
  keyring: Keyring;
  userId: string;
  now: Date;
}

/**
 * The files of a data export, each read through the module that owns the data. A module that holds
 * more about a user (two-step verification, linked sign-in providers, blocks, a public profile) adds
 * one entry here, and README.txt describes it from `about`.
 */
export const EXPORT_SECTIONS: readonly { file: string; about: string; read: (s: ExportSource) => Promise<unknown> }[] = [
  {
    file: 'profile.json',
    about:
      'Your account (email, display name, language, roles, verification dates), your public profile (bio, city, country, avatar keys), your private profile (legal name, address, phone), your payout details in full and your identity documents (metadata; the scans themselves are not copied).',
    read: async ({ db, keyring, userId }) => ({
      account: await exportAccount(db, userId),
      public_profile: (await findPublicProfile(db, userId)) ?? null,
      ...(await exportPrivateData(db, keyring, userId)),
    }),
  },
  { file: 'listings.json', about: 'Every listing you created, in every status.', read: ({ db, userId }) => exportListingsOf(db, userId) },
  {
    file: 'listing-photos.json',
    about: 'The photos on your listings: for each, its listing, size and the addresses of its re-encoded variants (download them while signed in).',
    read: ({ db, userId }) => exportListingImagesOf(db, userId),
  },
  {
    file: 'addresses.json',
    about: 'Your saved shipping addresses, and the address each order you paid for shipped to.',
    read: ({ db, keyring, userId }) => exportAddressesOf(db, keyring, userId),
  },
  { file: 'offers.json', about: 'Every offer you made or received (role says which), with its proposals and outcome.', read: ({ db, userId }) => exportOffersOf(db, userId) },
  { file: 'orders.json', about: 'Every order you bought or sold (role says which), with its status history.', read: ({ db, userId }) => exportOrdersOf(db, userId) },
  {
    file: 'messages.json',
    about:
      'Your conversations with buyers and sellers (about a listing, before and after an order): the messages you wrote and those written to you, with the addresses of their images.',
    read: ({ db, keyring, userId }) => exportConversationsOf(db, keyring, userId),
  },
  {
    file: 'disputes.json',
    about: 'Disputes opened on your orders, with their messages and evidence (text, and the names and sizes of files).',
    read: async ({ db, userId }) => exportDisputesOn(db, await orderIdsOf(db, userId)),
  },
  {
    file: 'reviews.json',
    about: 'Reviews you wrote (written) and published reviews about you (received; one still hidden until both sides reviewed is not included yet).',
    read: ({ db, userId, now }) => exportReviewsOf(db, userId, now),
  },
  {
    file: 'ledger.json',
    about: 'Your ledger lines: every movement on your accounts (escrow of your sales, your available balance), in minor units (cents); credits are positive.',
    read: ({ db, userId }) => ledgerLinesOf(db, userId),
  },
  {
    file: 'two-step-verification.json',
    about: 'Whether two-step verification is on and how many recovery codes are left (the secret and the codes themselves are credentials: never exported).',
    read: ({ db, userId }) => twoFactorStatus(db, userId),
  },
  {
    file: 'sign-in-providers.json',
    about: 'The OpenID Connect providers (Google, Microsoft…) linked to your account, with the email each gave.',
    read: ({ db, keyring, userId }) => listLinkedIdentities(db, keyring, userId),
  },
  { file: 'favourites.json', about: 'The listings you favourited, and when.', read: ({ db, userId }) => exportFavouritesOf(db, userId) },
  { file: 'saved-searches.json', about: 'Your saved searches: their names and search parameters.', read: ({ db, userId }) => exportSavedSearchesOf(db, userId) },
  { file: 'blocks.json', about: 'The users you blocked, and when.', read: ({ db, userId }) => exportBlocksOf(db, userId) },
  { file: 'notifications.json', about: 'The notifications we sent you in the app (order updates and the like).', read: ({ db, userId }) => exportNotificationsOf(db, userId) },
  {
    file: 'notification-preferences.json',
    about: 'How each kind of notification reaches you, your quiet hours and time zone.',
    read: ({ db, userId }) => exportPreferencesOf(db, userId),
  },
  {
    file: 'security-events.json',
    about: 'Security events on your account (sign-ins from new devices, password and email changes, ...).',
    read: ({ db, userId }) => exportSecurityEventsOf(db, userId),
  },
  {
    file: 'sessions.json',
    about: 'Your sessions: when and from which device and network (never the full address) they were opened, last used and ended.',
    read: ({ db, userId }) => exportSessions(db, userId),
  },
];
