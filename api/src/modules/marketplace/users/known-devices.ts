import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { hasFingerprint } from '../../risk/fingerprints';
import { deviceOf, networkOf } from '../security-events';

/**
 * Whether this sign-in comes from a device the user never signed in from: by its X-Device-Id when
 * the client sends one, else by browser and network against the user's earlier sessions. The first
 * sign-in of an account has nothing to compare with and is not "new".
 */
export async function isNewDevice(db: Kysely<DB>, userId: string, origin: { ip: string; userAgent?: string; deviceId?: string }): Promise<boolean> {
  const earlier = await db.selectFrom('sessions').select('id').where('user_id', '=', userId).limit(1).executeTakeFirst();
  if (!earlier) return false;
  if (origin.deviceId) return !(await hasFingerprint(db, userId, 'device', origin.deviceId));
  const userAgent = deviceOf(origin.userAgent);
  const network = networkOf(origin.ip);
  const seen = await db
    .selectFrom('sessions')
    .select('id')
    .where('user_id', '=', userId)
    .where((eb) => (userAgent === null ? eb('user_agent', 'is', null) : eb('user_agent', '=', userAgent)))
    .where((eb) => (network === null ? eb('network', 'is', null) : eb('network', '=', network)))
    .limit(1)
    .executeTakeFirst();
  return !seen;
}
