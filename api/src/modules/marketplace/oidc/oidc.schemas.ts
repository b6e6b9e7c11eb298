import { z } from 'zod';

export const ProviderParams = z.strictObject({
  provider: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be a provider id (a-z 0-9 -)')
    .describe('A provider id from GET /v1/auth/oidc/providers'),
});

const ReturnTo = z.string().max(2000, 'must be at most 2000 characters').describe('Where to send the browser back to; must be under APP_URL (default APP_URL)');

export const StartQuery = z.strictObject({ return_to: ReturnTo.optional() });

// What a provider appends to the redirect URI (RFC 6749 §4.1.2, RFC 9207 `iss`), each passed on to validation;
// not strict, as some add more (Keycloak's session_state), which is dropped.
const callbackParam = (what: string) => z.string().max(4096, 'must be at most 4096 characters').optional().describe(what);
export const CallbackQuery = z.object({
  code: callbackParam('The authorization code'),
  state: callbackParam('The state the sign-in started with'),
  iss: callbackParam("The provider's issuer (RFC 9207)"),
  error: callbackParam('Why the provider did not sign the user in'),
  error_description: callbackParam("The provider's words on the error"),
});

const Code = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const ExchangeBody = z.strictObject({ login_code: Code });
export const ConfirmLinkBody = z.strictObject({ link_code: Code });
export const LinkedResponse = z.object({ provider: z.string() }).meta({ id: 'OidcLinked' });

export const LinkBody = z.strictObject({ return_to: ReturnTo.optional() });

export const ProvidersResponse = z.object({ providers: z.array(z.object({ id: z.string(), name: z.string() })) });

export const LinkResponse = z.object({ authorization_url: z.url() });

export const IdentitiesResponse = z.object({
  identities: z.array(z.object({ provider: z.string(), email: z.string().nullable().describe('As the provider gave it when linked'), linked_at: z.iso.datetime() })),
});
