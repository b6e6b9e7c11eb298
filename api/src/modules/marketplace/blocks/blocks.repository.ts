import { type Kysely, type Transaction, sql } from 'kysely';
import type { DB } from '../../../db/schema';
import { type Cursor, afterCursor } from '../../../db/keyset';
import { userColumn } from '../users';

export interface Block {
  /** The blocked user (named `id` for the page cursor). */
  id: string;
  display_name: string;
  created_at: Date;
}

/** True when the row is new; blocking twice keeps the first date. */
export async function insertBlock(db: Kysely<DB>, blockerId: string, blockedId: string, now: Date): Promise<boolean> {
  const inserted = await db
    .insertInto('user_blocks')
    .values({ blocker_id: blockerId, blocked_id: blockedId, created_at: now })
    .onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
    .returning('blocked_id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function deleteBlock(db: Kysely<DB>, blockerId: string, blockedId: string): Promise<boolean> {
  const result = await db.deleteFrom('user_blocks').where('blocker_id', '=', blockerId).where('blocked_id', '=', blockedId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

const blockColumns = ['user_blocks.blocked_id as id', 'user_blocks.created_at', userColumn('display_name', 'user_blocks.blocked_id').as('display_name')] as const;

export function findBlock(db: Kysely<DB>, blockerId: string, blockedId: string): Promise<Block | undefined> {
  return db.selectFrom('user_blocks').select(blockColumns).where('blocker_id', '=', blockerId).where('blocked_id', '=', blockedId).executeTakeFirst();
}

/** The users `blockerId` blocked, newest first. */
export function listBlocks(db: Kysely<DB>, blockerId: string, limit: number, cursor?: Cursor): Promise<Block[]> {
  let query = db.selectFrom('user_blocks').select(blockColumns).where('blocker_id', '=', blockerId);
  if (cursor) query = query.where(afterCursor('user_blocks.created_at', 'user_blocks.blocked_id', cursor));
  return query
    .orderBy('user_blocks.created_at', 'desc')
    .orderBy('user_blocks.blocked_id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** Everyone `blockerId` blocked, for their data export. */
export function exportBlocksOf(db: Kysely<DB>, blockerId: string): Promise<Block[]> {
  return db.selectFrom('user_blocks').select(blockColumns).where('blocker_id', '=', blockerId).orderBy('created_at').execute();
}

/** Whether either user has blocked the other. */
export async function isBlockedBetween(db: Kysely<DB> | Transaction<DB>, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('user_blocks')
    .select('blocker_id')
    .where((eb) => eb.or([eb.and([eb('blocker_id', '=', a), eb('blocked_id', '=', b)]), eb.and([eb('blocker_id', '=', b), eb('blocked_id', '=', a)])]))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * For other modules' queries (listings shown to a viewer): true unless the user in `userId` (a column
 * reference such as 'listings.seller_id') has blocked `viewerId`, so no other module reads `user_blocks`.
 */
export const hasNotBlocked = (userId: string, viewerId: string) =>
  sql<boolean>`NOT EXISTS (SELECT 1 FROM user_blocks b WHERE b.blocker_id = ${sql.ref(userId)} AND b.blocked_id = ${viewerId}::uuid)`;

/**
 * For other modules' queries (alerts between a user in a column and another user): true unless either
 * has blocked the other.
 */
export const neitherBlocked = (userId: string, otherId: string) =>
  sql<boolean>`NOT EXISTS (SELECT 1 FROM user_blocks b WHERE (b.blocker_id = ${sql.ref(userId)} AND b.blocked_id = ${otherId}::uuid) OR (b.blocker_id = ${otherId}::uuid AND b.blocked_id = ${sql.ref(userId)}))`;

/** Account deletion: the user's blocks, in both directions. */
export async function eraseBlocks(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx
    .deleteFrom('user_blocks')
    .where((eb) => eb.or([eb('blocker_id', '=', userId), eb('blocked_id', '=', userId)]))
    .execute();
}

export function toBlockResponse(b: Block) {
  return { user_id: b.id, display_name: b.display_name, created_at: b.created_at.toISOString() };
}
