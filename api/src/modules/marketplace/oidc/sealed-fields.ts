import { type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import type { EncryptedTable } from '../../../adapters/keyring';
import type { ProviderIdentity } from '../../../adapters/oidc';

/** Every table this module encrypts, for the key rotation job. */
export const ENCRYPTED_TABLES: readonly EncryptedTable[] = [
  { table: 'oidc_identities', idColumn: 'id' },
  { table: 'oidc_flows', idColumn: 'id' },
];

interface FlowSecrets {
  nonce: string;
  codeVerifier: string;
  /** A link's provider identity, held until the user who asked confirms it. */
  identity?: ProviderIdentity;
}

// A flow's nonce and PKCE verifier: with them, whoever reads the database and catches a code could redeem it.
// Re-sealed whole (with a new data key) when a link's identity joins them.
export function sealFlowSecrets(keyring: Keyring, flowId: string, secrets: FlowSecrets) {
  const { dataKey, ciphertexts } = sealRecord(keyring, { table: 'oidc_flows', id: flowId }, { secrets: Buffer.from(JSON.stringify(secrets)) });
  return { secrets: ciphertexts.secrets, key_id: dataKey.keyId, wrapped_key: dataKey.wrapped };
}

export function openFlowSecrets(keyring: Keyring, flow: { id: string; secrets: Buffer; key_id: string; wrapped_key: Buffer }): FlowSecrets {
  const { secrets } = openRecord(keyring, { table: 'oidc_flows', id: flow.id }, { keyId: flow.key_id, wrapped: flow.wrapped_key }, { secrets: flow.secrets });
  return JSON.parse(secrets.toString('utf8')) as FlowSecrets;
}

// The email a provider gave is personal data: sealed like the profiles' (an identity without one still gets a data key, for rotation).
export function sealIdentityEmail(keyring: Keyring, identityId: string, email: string | null) {
  const { dataKey, ciphertexts } = sealRecord(keyring, { table: 'oidc_identities', id: identityId }, { email: Buffer.from(email ?? '') });
  return { email: email === null ? null : ciphertexts.email, key_id: dataKey.keyId, wrapped_key: dataKey.wrapped };
}

export function openIdentityEmail(keyring: Keyring, identity: { id: string; email: Buffer | null; key_id: string; wrapped_key: Buffer }): string | null {
  if (identity.email === null) return null;
  const { email } = openRecord(keyring, { table: 'oidc_identities', id: identity.id }, { keyId: identity.key_id, wrapped: identity.wrapped_key }, { email: identity.email });
  return email.toString('utf8');
}
