import { z } from 'zod';
import { parseInput } from '../../../http/validate';
import { PASSWORD_MAX_LENGTH, passwordWeakness } from './password-policy';

export const LocaleField = z.enum(['en', 'fr'], 'must be one of en, fr');

export const Email = z
  .email('must be a valid email address')
  .max(254, 'must be at most 254 characters')
  .transform((e) => e.toLowerCase());
// Length in UTF-16 units here (a cheap bound before the strength check); the policy counts characters.
export const NewPassword = z.string().max(PASSWORD_MAX_LENGTH * 2, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const DisplayName = z.string().trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

export const RegisterBody = z
  .strictObject({
    email: Email,
    password: NewPassword,
    display_name: DisplayName,
    locale: LocaleField.optional(),
  })
  .superRefine(({ email, password, display_name }, ctx) => {
    const weakness = passwordWeakness(password, [email, email.split('@')[0]!, display_name]);
    if (weakness) ctx.addIssue({ code: 'custom', path: ['password'], message: weakness });
  });

export const RegisterAccepted = z.object({ status: z.literal('verification_sent'), detail: z.string() }).meta({
  id: 'RegisterAccepted',
  examples: [{ status: 'verification_sent', detail: 'If this address can be used, a message is on its way to it. Follow its link, then sign in.' }],
});

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
});

// An app-chosen stable id of the device (hashed before storage); printable ASCII, no spaces.
export const DeviceHeaders = z.object({
  'X-Device-Id': z
    .string()
    .regex(/^[\x21-\x7e]{1,200}$/, 'must be 1 to 200 printable ASCII characters without spaces')
    .optional(),
});

/** The request's X-Device-Id header, checked (a 400 naming the header when malformed). */
export const deviceIdOf = (header: (name: string) => string | undefined) => parseInput(DeviceHeaders, { 'X-Device-Id': header('x-device-id') }, 'header')['X-Device-Id'];

export const UserResponse = z
  .object({
    id: z.uuid(),
    email: z.email(),
    display_name: z.string(),
    roles: z.array(z.string()),
    created_at: z.iso.datetime(),
    email_verified_at: z.iso.datetime().nullable(),
    locale: LocaleField,
  })
  .meta({ id: 'User' });

export const SessionResponse = z.object({ user: UserResponse, token: z.string() }).meta({
  id: 'Session',
  examples: [
    {
      user: {
        id: 'a3bb189e-8bf9-3888-9912-ace4e6543002',
        email: 'ada@example.com',
        display_name: 'Ada',
        roles: [],
        created_at: '2026-03-02T10:15:00.000Z',
        email_verified_at: '2026-03-02T10:17:00.000Z',
        locale: 'en',
      },
      token: 'agora_s_4f9c…',
    },
  ],
});

/** GET /v1/me: the account with what it may do as staff and when its identity was verified. */
export const MeResponse = UserResponse.extend({ permissions: z.array(z.string()), identity_verified_at: z.iso.datetime().nullable() });

// The console's session travels in cookies only: no script may read the token.
export const ConsoleSessionResponse = z.object({ user: UserResponse });
