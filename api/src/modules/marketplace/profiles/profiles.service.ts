import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { appendAudit } from '../../platform/audit';
import { appendEvents } from '../../platform/outbox';
import { insertIdentityDocument, type IdentityDocument } from './identity-documents.repository';
import { lockPayoutDetails, savePayoutDetails, type StoredPayoutDetails } from './payout-details.repository';
import { saveProfile } from './profile.repository';
import type { IdentityDocumentInput, PayoutDetails, Profile } from './profiles.schemas';
import { announceQueueChange } from '../../platform/staff-queues';

export async function updateProfile(ctx: AppContext, userId: string, profile: Profile): Promise<Date> {
  const now = ctx.clock.now();
  await saveProfile(ctx.db, ctx.keyring, userId, profile, now);
  return now;
}

/**
 * A payout account change is what an account takeover does before cashing out, so it is an event
 * for the fraud side and an audit entry — neither carries the IBAN or the holder's name.
 */
export async function updatePayoutDetails(ctx: AppContext, userId: string, details: PayoutDetails): Promise<StoredPayoutDetails> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const previous = await lockPayoutDetails(trx, ctx.keyring, userId);
    const saved = await savePayoutDetails(trx, ctx.keyring, userId, details, now);
    const change = {
      country: saved.country,
      previous_country: previous?.country ?? null,
      first_time: previous === undefined,
      iban_changed: previous?.iban !== details.iban,
      account_holder_changed: previous?.account_holder !== details.account_holder,
    };
    await appendEvents(trx, [
      {
        type: 'user.payout_details_changed',
        aggregateType: 'user',
        aggregateId: userId,
        occurredAt: now,
        payload: { user_id: userId, ...change },
      },
    ]);
    await appendAudit(trx, { actorId: userId, action: 'payout_details.changed', entityType: 'user', entityId: userId, details: change, at: now });
    return saved;
  });
}

export async function submitIdentityDocument(ctx: AppContext, userId: string, input: IdentityDocumentInput): Promise<IdentityDocument> {
  const content = Buffer.from(input.content_base64, 'base64');
  const document = await insertIdentityDocument(ctx.db, ctx.keyring, { userId, kind: input.kind, contentType: input.content_type, content }, ctx.clock.now());
  // A submission appends no event (the review does): the identity queue is told here.
  await announceQueueChange(ctx.db, 'identity_documents', document.id);
  return document;
}
