import { z } from 'zod';
import { defineEvent } from './event';
import { countryCode, DOCUMENT_KINDS, id, MODERATION_ACTIONS, SECURITY_EVENT_KINDS } from './fields';

// A moderation action's reason is staff-written text about the user, not the user's own data.
const moderation = (action: (typeof MODERATION_ACTIONS)[number]) =>
  z.strictObject({
    user_id: id,
    action: z.literal(action),
    reason: z.string(),
    staff_id: id,
    moderation_action_id: id,
    report_id: id.describe('the actioned report that led to it').optional(),
  });

const identityReview = (decision: 'approve' | 'reject') =>
  z.strictObject({
    document_id: id,
    user_id: id,
    kind: z.enum(DOCUMENT_KINDS),
    decision: z.literal(decision),
    reviewed_by: id,
  });

const sellerAccount = z.strictObject({
  user_id: id,
  provider: z.string(),
  account_id: z.string(),
  charges_enabled: z.boolean(),
  payouts_enabled: z.boolean(),
});

export const USER_EVENTS = {
  'user.registered': defineEvent('user', 'A new account.', z.strictObject({ user_id: id })),
  'user.email_verified': defineEvent('user', 'The user proved they read the address on their account.', z.strictObject({ user_id: id })),
  // The kind and whether it came from a device seen before; never the address, token or code.
  'user.security_event': defineEvent(
    'user',
    'Something that changes who can act as the user happened (sign-in from a new device, password, email, second factor, linked providers, sessions, deletion).',
    z.strictObject({ user_id: id, security_event_id: id, kind: z.enum(SECURITY_EVENT_KINDS) }),
  ),
  'user.warned': defineEvent('user', 'Staff warned the user (record only).', moderation('warn')),
  'user.suspended': defineEvent('user', 'Staff suspended the user: no login, listings hidden, payouts frozen.', moderation('suspend')),
  'user.reinstated': defineEvent('user', 'Staff lifted a suspension.', moderation('reinstate')),
  'user.roles_changed': defineEvent(
    'user',
    "An admin replaced the user's staff roles.",
    z.strictObject({
      user_id: id,
      changed_by: id,
      before: z.array(z.string()),
      after: z.array(z.string()),
    }),
  ),
  // What changed, never the details themselves (IBAN, holder name).
  'user.payout_details_changed': defineEvent(
    'user',
    'The user set or changed where payouts go (an account-takeover signal).',
    z.strictObject({
      user_id: id,
      country: countryCode,
      previous_country: countryCode.nullable(),
      first_time: z.boolean(),
      iban_changed: z.boolean(),
      account_holder_changed: z.boolean(),
    }),
  ),
  'identity_document.approved': defineEvent('user', 'Staff approved an identity document; the user is verified.', identityReview('approve')),
  'identity_document.rejected': defineEvent('user', 'Staff rejected an identity document.', identityReview('reject')),
  'seller_account.created': defineEvent('user', "The user's payment-provider account was opened.", sellerAccount),
  'seller_account.updated': defineEvent('user', "The provider's view of the account (its payment gates) changed.", sellerAccount),
};
