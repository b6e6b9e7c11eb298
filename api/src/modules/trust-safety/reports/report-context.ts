import type { AppContext } from '../../../context';
import type { ReportStatus, ReportTargetType } from '../../../db/schema';
import type { Cursor } from '../../../db/keyset';
import { inTransaction } from '../../../db/transaction';
import { notFound } from '../../../errors';
import { messageBodies, messageContext } from '../../marketplace/conversations';
import { appendAudit } from '../../platform/audit';
import { isReportParty } from './report-party';
import { listReports } from './reports.repository';

/** The moderators' queue; a conversation message's text is encrypted, so its excerpt is decrypted here. */
export async function reportQueue(ctx: AppContext, f: { status?: ReportStatus; target_type?: ReportTargetType; viewerId: string; limit: number; cursor?: Cursor }) {
  const rows = await listReports(ctx.db, f);
  const bodies = await messageBodies(
    ctx.db,
    ctx.keyring,
    rows.filter((r) => r.target_type === 'message' && r.target_excerpt === null).map((r) => r.target_id),
  );
  return rows.map((r) => ({ ...r, target_excerpt: r.target_excerpt ?? bodies.get(r.target_id) ?? null }));
}

/**
 * A reported conversation message in its context (10 messages either side, author names, the detector's
 * findings), for a moderator who is no party to the report; the read is audited.
 */
export async function reportedMessageContext(ctx: AppContext, staffId: string, reportId: string) {
  const report = await ctx.db.selectFrom('reports').select(['id', 'target_type', 'target_id']).where('id', '=', reportId).executeTakeFirst();
  if (!report || report.target_type !== 'message' || (await isReportParty(ctx.db, reportId, staffId))) throw notFound('Report');
  const context = await messageContext(ctx.db, ctx.keyring, report.target_id);
  if (!context) throw notFound('Conversation message');
  await inTransaction(ctx.db, (trx) =>
    appendAudit(trx, {
      actorId: staffId,
      action: 'report.context_viewed',
      entityType: 'report',
      entityId: reportId,
      details: { conversation_id: context.conversation_id, message_id: context.message_id },
      at: ctx.clock.now(),
    }),
  );
  return context;
}
