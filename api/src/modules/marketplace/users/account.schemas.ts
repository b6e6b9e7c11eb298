import { z } from 'zod';
import { Uuid } from '../../../http/ids';
import { SECURITY_EVENT_KINDS } from '../security-events';
import { DisplayName, Email, LocaleField, NewPassword } from './users.schemas';

// A mailed token as it arrives from a link: bounded, and anything else is simply not a live token.
const MailedToken = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const VerifyEmailBody = z.strictObject({ token: MailedToken });

export const VerifiedEmailResponse = z.object({ email: z.email(), email_verified_at: z.iso.datetime() }).meta({ id: 'VerifiedEmail' });

export const PasswordResetBody = z.strictObject({ email: Email });

export const PasswordResetConfirmBody = z.strictObject({ token: MailedToken, password: NewPassword });

export const ChangePasswordBody = z.strictObject({
  current_password: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  new_password: NewPassword,
});

export const ChangeEmailBody = z.strictObject({ email: Email });

export const UpdateMeBody = z
  .strictObject({ display_name: DisplayName.optional(), locale: LocaleField.optional() })
  .refine((b) => b.display_name !== undefined || b.locale !== undefined, 'must change at least one of display_name, locale');

export const Accepted = z.object({ status: z.literal('accepted'), detail: z.string() });

export const SessionIdParams = z.strictObject({ id: Uuid.describe('The session’s id, from GET /v1/me/sessions') });

export const SessionListResponse = z
  .object({
    data: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(['app', 'console']).describe('an app’s bearer token, or the staff console’s cookie'),
        device: z.string().nullable().describe('the User-Agent it was opened with'),
        network: z.string().nullable().describe('the /24 (IPv4) or /48 (IPv6) it was opened from'),
        created_at: z.iso.datetime(),
        last_seen_at: z.iso.datetime().describe('to the minute'),
        current: z.boolean().describe('the session making this request'),
      }),
    ),
  })
  .meta({ id: 'SessionList' });

export const SecurityEventListResponse = z
  .object({
    data: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(SECURITY_EVENT_KINDS),
        created_at: z.iso.datetime(),
        device: z.string().nullable(),
        network: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'SecurityEventList' });
