import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { NOTIFICATION_TYPES, type NotificationType, isReminderType, isSecurityType } from './notification-types';
import type { QuietHours } from './quiet-hours';

export type EmailMode = 'off' | 'immediate' | 'daily';

/** How one type reaches the user. In-app (the inbox) is always on: it is the record the other channels point to. */
export interface ChannelPreference {
  realtime: boolean;
  email: EmailMode;
  push: boolean;
}

// Mailed at once: what costs money or needs an answer soon. The rest is gathered in a daily digest.
const IMMEDIATE_MAIL = new Set<string>([
  'offer.accepted',
  'auction.won',
  'auction.second_chance',
  'auction.ended',
  'listing.changes_requested',
  'listing.rejected',
  'payout.failed',
]);
const immediateByDefault = (type: NotificationType) =>
  isSecurityType(type) || isReminderType(type) || type.startsWith('order.') || type.startsWith('dispute.') || IMMEDIATE_MAIL.has(type);

export function defaultPreference(type: NotificationType): ChannelPreference {
  return { realtime: true, email: immediateByDefault(type) ? 'immediate' : 'daily', push: true };
}

/** Security events are always mailed at once: a stolen session must not be able to silence them. */
export const emailLocked = (type: NotificationType) => isSecurityType(type);

export interface Preferences {
  channels: Record<NotificationType, ChannelPreference>;
  quietHours: QuietHours | null;
  timeZone: string;
}

type Overrides = Partial<Record<string, Partial<ChannelPreference>>>;

function resolve(row: { channels: Record<string, unknown>; quiet_start: string | null; quiet_end: string | null; time_zone: string } | undefined): Preferences {
  const overrides = (row?.channels ?? {}) as Overrides;
  const channels = Object.fromEntries(
    NOTIFICATION_TYPES.map((type) => {
      const merged = { ...defaultPreference(type), ...overrides[type] };
      return [type, emailLocked(type) ? { ...merged, email: 'immediate' as const } : merged];
    }),
  ) as Record<NotificationType, ChannelPreference>;
  return {
    channels,
    quietHours: row?.quiet_start && row.quiet_end ? { start: row.quiet_start, end: row.quiet_end } : null,
    timeZone: row?.time_zone ?? 'UTC',
  };
}

export async function findPreferences(db: Kysely<DB> | Transaction<DB>, userId: string): Promise<Preferences> {
  return resolve(await db.selectFrom('notification_preferences').select(['channels', 'quiet_start', 'quiet_end', 'time_zone']).where('user_id', '=', userId).executeTakeFirst());
}

/** Replaces the user's preferences; only what differs from the defaults is stored, so new defaults reach everyone. */
export async function savePreferences(db: Kysely<DB>, userId: string, prefs: Preferences, now: Date): Promise<void> {
  const overrides: Overrides = {};
  for (const type of NOTIFICATION_TYPES) {
    const given = prefs.channels[type];
    const base = defaultPreference(type);
    const diff = Object.fromEntries((['realtime', 'email', 'push'] as const).filter((k) => given[k] !== base[k]).map((k) => [k, given[k]]));
    if (Object.keys(diff).length > 0) overrides[type] = diff;
  }
  const row = {
    channels: JSON.stringify(overrides),
    quiet_start: prefs.quietHours?.start ?? null,
    quiet_end: prefs.quietHours?.end ?? null,
    time_zone: prefs.timeZone,
    updated_at: now,
  };
  await db
    .insertInto('notification_preferences')
    .values({ user_id: userId, ...row })
    .onConflict((oc) => oc.column('user_id').doUpdateSet(row))
    .execute();
}

export function toPreferencesResponse(prefs: Preferences) {
  return {
    types: NOTIFICATION_TYPES.map((type) => ({ type, in_app: true, ...prefs.channels[type], email_locked: emailLocked(type) })),
    quiet_hours: prefs.quietHours,
    time_zone: prefs.timeZone,
  };
}

export async function exportPreferencesOf(db: Kysely<DB>, userId: string) {
  return toPreferencesResponse(await findPreferences(db, userId));
}

export async function deletePreferencesOf(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('notification_preferences').where('user_id', '=', userId).execute();
}
