import { isIP } from 'node:net';
import type { AppContext } from '../../../context';
import type { PushTarget } from '../../../adapters/web-push';
import { DomainError, invalid, notFound } from '../../../errors';
import { type ChannelPreference, emailLocked, findPreferences, savePreferences, toPreferencesResponse } from './notification-preferences';
import type { NotificationType } from './notification-types';
import type { QuietHours } from './quiet-hours';
import { deletePushSubscription, savePushSubscription } from './push-subscriptions.repository';

export interface PreferenceChanges {
  types?: ({ type: NotificationType } & Partial<ChannelPreference>)[];
  quiet_hours?: QuietHours | null;
  time_zone?: string;
}

/** Applies the changes over the current preferences. Security mail cannot be turned off or deferred. */
export async function updatePreferences(ctx: AppContext, userId: string, changes: PreferenceChanges) {
  const prefs = await findPreferences(ctx.db, userId);
  const problems = (changes.types ?? []).flatMap((t, i) =>
    t.email !== undefined && t.email !== 'immediate' && emailLocked(t.type) ? [{ field: `types.${i}.email`, message: 'security events are always mailed at once' }] : [],
  );
  if (problems.length > 0) throw new DomainError('invalid', 'locked_preference', 'Security events are always mailed at once', problems);
  for (const { type, ...channels } of changes.types ?? []) {
    prefs.channels[type] = { ...prefs.channels[type], ...Object.fromEntries(Object.entries(channels).filter(([, v]) => v !== undefined)) };
  }
  if (changes.quiet_hours !== undefined) prefs.quietHours = changes.quiet_hours;
  if (changes.time_zone !== undefined) prefs.timeZone = changes.time_zone;
  await savePreferences(ctx.db, userId, prefs, ctx.clock.now());
  return toPreferencesResponse(prefs);
}

const isLoopback = (hostname: string) => hostname === 'localhost' || (isIP(hostname.replace(/^\[|\]$/g, '')) !== 0 && /^(127\.|::1$)/.test(hostname.replace(/^\[|\]$/g, '')));

/** Push services are reached over https only; plain http to a loopback address when PUSH_ALLOW_LOOPBACK_HTTP (the tests' fake). */
export async function subscribePush(ctx: AppContext, userId: string, target: PushTarget) {
  const url = new URL(target.endpoint);
  const allowed = url.protocol === 'https:' || (url.protocol === 'http:' && ctx.config.PUSH_ALLOW_LOOPBACK_HTTP && isLoopback(url.hostname));
  if (!allowed) throw invalid('insecure_endpoint', 'must be an https URL', 'endpoint');
  if (url.username || url.password) throw invalid('invalid_endpoint', 'must not carry credentials', 'endpoint');
  const now = ctx.clock.now();
  const saved = await savePushSubscription(ctx.db, ctx.keyring, userId, target, now);
  return { ...saved, created_at: now.toISOString() };
}

export async function unsubscribePush(ctx: AppContext, userId: string, id: string): Promise<void> {
  if (!(await deletePushSubscription(ctx.db, userId, id))) throw notFound('Push subscription');
}
