import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { notFound } from '../../../errors';
import { userExists } from './users.repository';

/**
 * A staff member is a party to their own user record: on staff routes it answers 404, as if it did not
 * exist, so nobody reads their own file or warns, suspends or reinstates themself (their own account is
 * at /v1/me and /v1/admin/me).
 */
export async function mustBeAnotherUser(db: Kysely<DB>, userId: string, staffId: string): Promise<void> {
  if (userId === staffId || !(await userExists(db, userId))) throw notFound('User');
}
