import type { Kysely, Transaction } from 'kysely';
import type { Keyring } from '../../../adapters/keyring';
import type { DB } from '../../../db/schema';
import { allIdentityDocuments, toIdentityDocumentResponse } from './identity-documents.repository';
import { findPayoutDetails } from './payout-details.repository';
import { findProfile, toProfileResponse } from './profile.repository';

/**
 * What this module holds about the user, decrypted, for their own data export: the private profile,
 * the payout details in full (the masked form the API shows is for screens, not for the owner's copy)
 * and the identity documents' metadata (their scans are the user's own files).
 */
export async function exportPrivateData(db: Kysely<DB>, keyring: Keyring, userId: string) {
  const profile = await findProfile(db, keyring, userId);
  const payout = await findPayoutDetails(db, keyring, userId);
  const documents = await allIdentityDocuments(db, userId);
  return {
    private_profile: profile ? toProfileResponse(profile) : null,
    payout_details: payout ? { account_holder: payout.account_holder, iban: payout.iban, country: payout.country, updated_at: payout.updated_at.toISOString() } : null,
    identity_documents: documents.map(toIdentityDocumentResponse),
  };
}

/** Erases the deleted user's private profile, payout details and identity documents, ciphertexts and keys alike. */
export async function erasePrivateData(trx: Transaction<DB>, userId: string): Promise<void> {
  await trx.deleteFrom('user_private_profiles').where('user_id', '=', userId).execute();
  await trx.deleteFrom('payout_details').where('user_id', '=', userId).execute();
  await trx.deleteFrom('identity_documents').where('user_id', '=', userId).execute();
}
