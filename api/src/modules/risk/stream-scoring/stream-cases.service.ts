import type { AppContext } from '../../../context';
import { inTransaction } from '../../../db/transaction';
import { appendAudit } from '../../platform/audit';
import { appendEvents } from '../../platform/outbox';
import { type Finding, detectorVersion } from './detector';

export type OpenOutcome = 'opened' | 'already_open' | 'cooling_off' | 'unknown_subject';

/**
 * Opens a stream case for a finding, once: while a case for the same detector + subject is open, the
 * unique partial index turns a rerun over an overlapping window into a no-op; after a human decided such
 * a case, the same detector + subject stays quiet for STREAM_CASE_COOLOFF_HOURS (a cleared case is not
 * reopened on the evidence it was cleared on; after the cool-off, a still-firing detector opens a new one).
 * Audited and published as `fraud_case.opened` with source `stream`, in the same transaction.
 */
export async function openStreamCase(ctx: AppContext, f: Finding): Promise<OpenOutcome> {
  const now = ctx.clock.now();
  const cooloffStart = new Date(now.getTime() - ctx.config.STREAM_CASE_COOLOFF_HOURS * 3_600_000);
  const modelVersion = detectorVersion(f.detector);
  return inTransaction(ctx.db, async (trx) => {
    // ClickHouse may know an account Postgres does not (a test stream, a restored copy): no case about nobody.
    const subject = await trx.selectFrom('users').select('id').where('id', '=', f.subjectUserId).executeTakeFirst();
    if (!subject) return 'unknown_subject';
    const decided = await trx.selectFrom('fraud_cases').select('id')
      .where('source', '=', 'stream').where('detector', '=', f.detector).where('subject_key', '=', f.subjectKey)
      .where('status', '=', 'closed').where('decided_at', '>', cooloffStart).executeTakeFirst();
    if (decided) return 'cooling_off';
    const opened = await trx.insertInto('fraud_cases')
      .values({
        order_id: null, subject_user_id: f.subjectUserId, status: 'open', reason: f.reason, risk_score: f.score, model_version: modelVersion,
        decision: null, decision_note: null, decided_by: null, decided_at: null, created_at: now,
        source: 'stream', detector: f.detector, subject_key: f.subjectKey, evidence: JSON.stringify(f.evidence),
      })
      .onConflict((oc) => oc.columns(['detector', 'subject_key']).where('status', '=', 'open').where('source', '=', 'stream').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!opened) return 'already_open';
    const summary = { detector: f.detector, subject_key: f.subjectKey, subject_user_id: f.subjectUserId, risk_score: f.score, model_version: modelVersion };
    await appendAudit(trx, { actorId: null, action: 'fraud_case.opened', entityType: 'fraud_case', entityId: opened.id, details: { source: 'stream', ...summary }, at: now });
    await appendEvents(trx, [{
      type: 'fraud_case.opened', aggregateType: 'fraud_case', aggregateId: opened.id, occurredAt: now,
      payload: { case_id: opened.id, order_id: null, subject_user_id: f.subjectUserId, risk_score: f.score, model_version: modelVersion, source: 'stream', detector: f.detector },
    }]);
    return 'opened';
  });
}

