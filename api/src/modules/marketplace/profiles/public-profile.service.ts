import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { notFound } from '../../../errors';
import { countActiveListings } from '../listings';
import { responseRateOf } from '../conversations';
import { completedSalesOf } from '../orders';
import { reputation } from '../reviews';
import { findProfileUser } from '../users';
import { avatarKeyOf, readAvatarFile, removeAvatarFile, writeAvatarFile } from './avatar-files';
import { toAvatars } from './avatar-image';
import {
  type AvatarKeys,
  type PublicFields,
  avatarKeyInUse,
  avatarKeysOf,
  deletePublicProfile,
  findPublicProfile,
  lockAvatarKeys,
  savePublicFields,
  setAvatarKeys,
} from './public-profile.repository';

export const avatarUrls = (keys: AvatarKeys) => ({ url_256: `/v1/media/avatars/${keys.large}`, url_64: `/v1/media/avatars/${keys.small}` });

/** What anyone may see of a user; an unknown and a suspended user are the same 404. */
export async function publicProfile(ctx: AppContext, userId: string) {
  const user = await findProfileUser(ctx.db, userId);
  if (!user) throw notFound('User');
  const [profile, rep, responseRate, sales, activeListings] = await Promise.all([
    findPublicProfile(ctx.db, userId),
    reputation(ctx, userId),
    responseRateOf(ctx.db, userId),
    ctx.db.selectNoFrom(completedSalesOf(userId).as('n')).executeTakeFirstOrThrow(),
    countActiveListings(ctx.db, userId),
  ]);
  const avatar = profile ? avatarKeysOf(profile) : null;
  return {
    id: user.id,
    display_name: user.display_name,
    avatar: avatar ? avatarUrls(avatar) : null,
    bio: profile?.bio ?? null,
    city: profile?.city ?? null,
    country: profile?.country ?? null,
    member_since: user.created_at.toISOString().slice(0, 10),
    badges: { email_verified: user.email_verified_at !== null, identity_verified: user.identity_verified_at !== null },
    reputation: { score: rep.score, count: rep.count, average: rep.average },
    response_rate: responseRate,
    counts: { completed_sales: Number(sales.n), active_listings: activeListings },
  };
}

export async function updatePublicProfile(ctx: AppContext, userId: string, fields: Partial<PublicFields>) {
  // Absent fields stay as they are; the client's undefined never reaches the row.
  const changed = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  await savePublicFields(ctx.db, userId, changed, ctx.clock.now());
  return publicProfile(ctx, userId);
}

/** The picture, re-encoded, becomes the user's avatar; the files of the one it replaces go once nobody shows them. */
export async function setAvatar(ctx: AppContext, userId: string, bytes: Buffer, declaredType: string | undefined): Promise<AvatarKeys> {
  const images = await toAvatars(bytes, declaredType);
  const keys = { large: avatarKeyOf(images.large), small: avatarKeyOf(images.small) };
  const previous = await inTransaction(ctx.db, async (trx) => {
    await lockAvatarKeys(trx, [keys.large, keys.small]);
    // The files before the row that names them: a profile never points at a missing file.
    await writeAvatarFile(ctx.media, images.large);
    await writeAvatarFile(ctx.media, images.small);
    return setAvatarKeys(trx, userId, keys, ctx.clock.now());
  });
  await removeUnusedAvatars(ctx, previous);
  return keys;
}

export async function deleteAvatar(ctx: AppContext, userId: string): Promise<void> {
  const previous = await inTransaction(ctx.db, (trx) => setAvatarKeys(trx, userId, null, ctx.clock.now()));
  await removeUnusedAvatars(ctx, previous);
}

/**
 * After the commit that stopped showing them: removes the avatar files no profile shows any more (the
 * same picture uploaded by two users is one file). A failure leaves an orphan file, never a broken profile.
 */
export async function removeUnusedAvatars(ctx: AppContext, keys: AvatarKeys | null): Promise<void> {
  if (!keys) return;
  for (const key of [keys.large, keys.small]) {
    await inTransaction(ctx.db, async (trx) => {
      await lockAvatarKeys(trx, [key]);
      if (!(await avatarKeyInUse(trx, key))) await removeAvatarFile(ctx.media, key);
    }).catch((err: unknown) => ctx.logger.warn({ err, key }, 'avatar file left behind'));
  }
}

/**
 * Account deletion: removes the user's public profile in the caller's transaction and returns the
 * avatar keys to hand to `removeUnusedAvatars` once it has committed.
 */
export const erasePublicProfile = (trx: Transaction<DB>, userId: string): Promise<AvatarKeys | null> => deletePublicProfile(trx, userId);

export const readAvatar = (ctx: AppContext, key: string) => readAvatarFile(ctx.media, key);
