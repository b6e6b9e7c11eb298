import type { EncryptedTable } from '../../../adapters/keyring';

/** Every table this module encrypts, for the key rotation job. */
export const ENCRYPTED_TABLES: readonly EncryptedTable[] = [
  { table: 'user_private_profiles', idColumn: 'user_id' },
  { table: 'payout_details', idColumn: 'user_id' },
  { table: 'identity_documents', idColumn: 'id' },
];
