/** Everything that changes who can act as a user; each is recorded, audited, published and mailed to them. */
export const SECURITY_EVENT_KINDS = [
  'login_new_device',
  'password_changed',
  'password_reset',
  'email_changed',
  'two_factor_enabled',
  'two_factor_disabled',
  'recovery_codes_regenerated',
  'oidc_linked',
  'oidc_unlinked',
  'signed_out_everywhere',
  'account_deleted',
] as const;

export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];
