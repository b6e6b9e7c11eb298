import { z } from 'zod';
import { PageQuery } from '../../../http/pagination';
import { Uuid } from '../../../http/ids';
import { NOTIFICATION_TYPES } from './notification-types';
import { isTimeZone } from './quiet-hours';

export const NotificationResponse = z
  .object({
    id: z.uuid(),
    type: z.string(),
    data: z.record(z.string(), z.unknown()),
    title: z.string().describe('In the reader’s language'),
    body: z.string().describe('In the reader’s language, money and dates formatted for their locale and time zone'),
    url: z.string().describe('Where it leads in the app (a path)'),
    created_at: z.iso.datetime(),
    read_at: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Notification' });

export const NotificationListQuery = PageQuery.extend({
  unread: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .transform((v) => v === 'true')
    .optional()
    .describe('true: only unread notifications'),
}).strict();

export const MarkReadBody = z.union([
  z.strictObject({ ids: z.array(Uuid).min(1, 'must name at least one notification').max(100, 'must name at most 100 notifications') }),
  z.strictObject({ all: z.literal(true, { error: 'must be true' }) }),
]);

export const MarkReadResponse = z.object({ updated: z.number().int(), unread: z.number().int() }).meta({ id: 'MarkedRead' });

export const UnreadCountResponse = z.object({ unread: z.number().int() }).meta({ id: 'UnreadCount' });

const HHMM = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be a time HH:MM (00:00 to 23:59)');
const EmailMode = z.enum(['off', 'immediate', 'daily']);

const QuietHours = z
  .strictObject({ start: HHMM, end: HHMM })
  .refine((q) => q.start !== q.end, { message: 'must not start and end at the same time', path: ['end'] })
  .describe('Push and immediate mail wait until the end (security events excepted), in the user’s time zone');

export const TimeZone = z
  .string()
  .max(64, 'must be at most 64 characters')
  .refine(isTimeZone, 'must be an IANA time zone name (e.g. Europe/Paris)')
  .describe('An IANA time zone name');

const TypePreference = z.strictObject({
  type: z.enum(NOTIFICATION_TYPES),
  realtime: z.boolean().optional(),
  email: EmailMode.optional(),
  push: z.boolean().optional(),
});

export const PreferencesBody = z.strictObject({
  types: z
    .array(TypePreference)
    .max(NOTIFICATION_TYPES.length * 2, 'too many entries')
    .optional()
    .describe('Changes per type; types not named keep their setting'),
  quiet_hours: QuietHours.nullable().optional(),
  time_zone: TimeZone.optional(),
});

export const PreferencesResponse = z
  .object({
    types: z.array(
      z.object({
        type: z.enum(NOTIFICATION_TYPES),
        in_app: z.literal(true),
        realtime: z.boolean(),
        email: EmailMode,
        push: z.boolean(),
        email_locked: z.boolean().describe('Security events are always mailed at once'),
      }),
    ),
    quiet_hours: z.object({ start: z.string(), end: z.string() }).nullable(),
    time_zone: z.string(),
  })
  .meta({ id: 'NotificationPreferences' });

// RFC 8291: p256dh is an uncompressed P-256 point (65 bytes: 87 base64url characters), auth 16 bytes (22).
const base64url = (chars: number, what: string) =>
  z
    .string()
    .regex(new RegExp(`^[A-Za-z0-9_-]{${chars}}={0,2}$`), `must be ${what}, base64url`)
    .refine((v) => Buffer.from(v, 'base64url').length === (chars === 87 ? 65 : 16), `must be ${what}, base64url`);

export const PushSubscriptionBody = z.strictObject({
  endpoint: z.url({ error: 'must be a URL' }).max(2048, 'must be at most 2048 characters').describe('The push service URL from PushSubscription.endpoint (https)'),
  keys: z.strictObject({
    p256dh: base64url(87, 'an uncompressed P-256 public key (65 bytes)').refine((v) => Buffer.from(v, 'base64url')[0] === 4, 'must be an uncompressed P-256 point (0x04…)'),
    auth: base64url(22, '16 bytes'),
  }),
});

export const PushSubscriptionResponse = z.object({ id: z.uuid(), created_at: z.iso.datetime() }).meta({ id: 'PushSubscription' });

export const PushSubscriptionParams = z.strictObject({ id: Uuid.describe('The subscription’s id, from POST /v1/me/push-subscriptions') });

export const VapidKeyResponse = z.object({ public_key: z.string().describe('applicationServerKey for PushManager.subscribe, base64url') }).meta({ id: 'VapidPublicKey' });
