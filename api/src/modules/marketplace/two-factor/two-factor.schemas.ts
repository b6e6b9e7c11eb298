import { z } from 'zod';

// A 6-digit code from the authenticator app; where a recovery code is also accepted, one typed with or without its dashes.
const TotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'must be the 6-digit code from your authenticator app');
const CodeOrRecoveryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9 -]{6,40}$/, 'must be the 6-digit code from your authenticator app or a recovery code');
const RecoveryCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9 -]{8,40}$/, 'must be one of your recovery codes');

const exactlyOne =
  (...keys: string[]) =>
  (body: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (keys.filter((k) => body[k] !== undefined).length !== 1) ctx.addIssue({ code: 'custom', path: [keys[0]!], message: `give exactly one of ${keys.join(', ')}` });
  };

export const TotpCodeBody = z.strictObject({ code: TotpCode });
export const DisableBody = z.strictObject({ code: CodeOrRecoveryCode });

// The password, or with two-step verification on a fresh second factor: exactly one.
export const StepUpBody = z
  .strictObject({
    password: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional(),
    code: TotpCode.optional(),
    recovery_code: RecoveryCode.optional(),
  })
  .superRefine(exactlyOne('password', 'code', 'recovery_code'))
  .meta({ examples: [{ password: 'correct horse battery' }, { code: '123456' }] });

export const SecondStepBody = z
  .strictObject({
    challenge: z.string().regex(/^agt_[A-Za-z0-9_-]{43}$/, 'must be the challenge the sign-in answered'),
    code: TotpCode.optional(),
    recovery_code: RecoveryCode.optional(),
  })
  .superRefine(exactlyOne('code', 'recovery_code'))
  .meta({ examples: [{ challenge: 'agt_Jx2mQ8vR4tYp0LkD7sWq9ZbN3cF6hU1eA5gK8oI2rT0', code: '123456' }] });

export const TwoFactorChallenge = z
  .object({
    two_factor_required: z.literal(true),
    challenge: z.string(),
    expires_at: z.iso.datetime(),
    methods: z.array(z.enum(['totp', 'recovery_code'])),
  })
  .meta({ id: 'TwoFactorChallenge' });

export const TotpEnrolment = z
  .object({
    secret: z.string().describe('base32, for typing into the app by hand'),
    otpauth_uri: z.string(),
    qr_data_url: z.string().describe('the otpauth URI as a PNG QR code (data: URL)'),
  })
  .meta({ id: 'TotpEnrolment' });

export const RecoveryCodes = z.object({ recovery_codes: z.array(z.string()).describe('shown once: store them somewhere safe') }).meta({ id: 'RecoveryCodes' });

export const TwoFactorStatus = z.object({ totp_enabled: z.boolean(), recovery_codes_left: z.number().int() }).meta({ id: 'TwoFactorStatus' });
