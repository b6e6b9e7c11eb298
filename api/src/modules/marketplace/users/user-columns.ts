import { sql } from 'kysely';
import type { UserRow } from '../../../db/schema';

// For other modules' queries that show or filter by a user beside their own rows: subqueries on the id
// in `userId` (a column reference such as 'listings.seller_id'), so no other module joins `users`.

export function userColumn<C extends 'display_name' | 'email' | 'identity_verified_at' | 'created_at'>(column: C, userId: string) {
  return sql<UserRow[C]>`(SELECT ${sql.ref(`u.${column}`)} FROM users u WHERE u.id = ${sql.ref(userId)})`;
}

/** The user is neither suspended nor deleted: what others may see or buy of them. */
export const notSuspended = (userId: string) =>
  sql<boolean>`NOT EXISTS (SELECT 1 FROM users u WHERE u.id = ${sql.ref(userId)} AND (u.suspended_at IS NOT NULL OR u.deleted_at IS NOT NULL))`;
