import type { EncryptedTable } from '../../../adapters/keyring';

/** The table this module encrypts, for the key rotation job. */
export const ENCRYPTED_TABLES: readonly EncryptedTable[] = [{ table: 'totp_credentials', idColumn: 'user_id' }];
