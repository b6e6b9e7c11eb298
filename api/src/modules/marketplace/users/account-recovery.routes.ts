import { route } from '../../../http/route';
import { Accepted, PasswordResetBody, PasswordResetConfirmBody, VerifiedEmailResponse, VerifyEmailBody } from './account.schemas';
import { confirmPasswordReset, requestPasswordReset, resendVerification, verifyEmailToken } from './account-recovery.service';

const INVALID_TOKEN = { description: 'The token is unknown, already used or expired (`invalid_token`, field `token`): the same answer for each' };

export const accountRecoveryRoutes = [
  route({
    method: 'post',
    path: '/v1/auth/verify-email',
    operationId: 'verifyEmail',
    tag: 'auth',
    access: 'public',
    summary:
      'Follow a mailed link: its token verifies the account’s address, or (after POST /v1/me/email) moves the account to the new address, ' +
      'whose old one is then alerted. Each token works once, within EMAIL_VERIFICATION_TTL_HOURS.',
    body: VerifyEmailBody,
    rateLimit: [{ budget: 'code_ip', per: 'ip' }],
    responses: {
      200: { description: 'The address now on the account, verified', schema: VerifiedEmailResponse },
      409: { description: 'The new address was taken by another account since the link was sent (`email_taken`)' },
      422: INVALID_TOKEN,
    },
    handler: async ({ ctx, body, ip, header }) => {
      const user = await verifyEmailToken(ctx, body.token, { ip, userAgent: header('user-agent') });
      return { status: 200, body: { email: user.email, email_verified_at: user.email_verified_at!.toISOString() } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/auth/verify-email/resend',
    operationId: 'resendVerificationEmail',
    tag: 'auth',
    access: 'user',
    summary: 'Mail a new verification link to the account’s address; earlier links stop working',
    rateLimit: [
      { budget: 'mail', per: 'user' },
      { budget: 'register_ip', per: 'ip' },
    ],
    responses: {
      202: { description: 'A new link is on its way', schema: Accepted },
      409: { description: 'The address is already verified (`already_verified`)' },
    },
    handler: async ({ ctx, user }) => {
      await resendVerification(ctx, user.id);
      return { status: 202, body: { status: 'accepted', detail: 'A new verification link is on its way to your address.' } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/auth/password-reset',
    operationId: 'requestPasswordReset',
    tag: 'auth',
    access: 'public',
    summary:
      'Mail a link to choose a new password (valid PASSWORD_RESET_TTL_MINUTES) if the address has an account. The answer, and its timing, ' +
      'are the same whether or not it has one.',
    body: PasswordResetBody,
    rateLimit: [
      { budget: 'register_ip', per: 'ip' },
      { budget: 'mail', per: 'email' },
    ],
    responses: { 202: { description: 'Accepted', schema: Accepted } },
    handler: async ({ ctx, body }) => {
      await requestPasswordReset(ctx, body.email);
      return { status: 202, body: { status: 'accepted', detail: 'If this address has an account, a link to choose a new password is on its way to it.' } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/auth/password-reset/confirm',
    operationId: 'confirmPasswordReset',
    tag: 'auth',
    access: 'public',
    summary:
      'Choose a new password with the mailed token (the registration policy applies). Every session of the account is signed out, the address ' +
      'counts as verified, failed sign-ins are forgotten, and the owner is alerted. Then sign in with POST /v1/auth/login.',
    body: PasswordResetConfirmBody,
    rateLimit: [{ budget: 'code_ip', per: 'ip' }],
    responses: {
      204: { description: 'Password changed; every session signed out' },
      422: { description: `${INVALID_TOKEN.description}; or the password is refused by the policy (\`weak_password\`, field \`password\`; the token still works)` },
      503: { description: 'Too many password hashes in progress; retry after Retry-After' },
    },
    handler: async ({ ctx, body, ip, header }) => {
      await confirmPasswordReset(ctx, body, { ip, userAgent: header('user-agent') });
      return { status: 204 };
    },
  }),
];
