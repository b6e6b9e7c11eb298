import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { conflict, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { appendEvents } from '../../platform/outbox';
import { markIdentityVerified } from '../users';
import { type IdentityDocument, lockIdentityDocument, readIdentityDocumentContent, recordReview } from './identity-documents.repository';

/**
 * Decrypts a document for a reviewer. Every view is audited (who looked at whose document, when) in
 * the same transaction as the read, so no view goes unrecorded.
 */
export async function viewIdentityDocument(ctx: AppContext, staffId: string, id: string): Promise<IdentityDocument & { content: Buffer }> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const doc = await readIdentityDocumentContent(trx, ctx.keyring, id);
    // A reviewer never opens their own document: as if it did not exist.
    if (!doc || doc.user_id === staffId) throw notFound('Identity document');
    await appendAudit(trx, {
      actorId: staffId,
      action: 'identity_document.viewed',
      entityType: 'identity_document',
      entityId: id,
      details: { user_id: doc.user_id, kind: doc.kind },
      at: now,
    });
    return doc;
  });
}

/**
 * Approve (the user becomes identity-verified) or reject (the user sees the reason) a submitted
 * document. Audited and published in one transaction.
 */
export async function reviewIdentityDocument(ctx: AppContext, staffId: string, id: string, decision: 'approve' | 'reject', reason: string | null): Promise<IdentityDocument> {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const doc = await lockIdentityDocument(trx, id);
    if (!doc || doc.user_id === staffId) throw notFound('Identity document');
    if (doc.status !== 'submitted') throw conflict('document_reviewed', `This document was already ${doc.status}`);
    const status = decision === 'approve' ? 'approved' : 'rejected';
    const reviewed = await recordReview(trx, id, { status, reviewed_by: staffId, reviewed_at: now, review_reason: reason });
    if (decision === 'approve') {
      await markIdentityVerified(trx, doc.user_id, now);
    }
    await appendAudit(trx, {
      actorId: staffId,
      action: `identity_document.${decision}`,
      entityType: 'identity_document',
      entityId: id,
      details: { user_id: doc.user_id, reason },
      at: now,
    });
    await appendEvents(trx, [
      {
        type: `identity_document.${status}`,
        aggregateType: 'user',
        aggregateId: doc.user_id,
        occurredAt: now,
        payload: { document_id: id, user_id: doc.user_id, kind: doc.kind, decision, reviewed_by: staffId },
      },
    ]);
    return reviewed;
  });
}
