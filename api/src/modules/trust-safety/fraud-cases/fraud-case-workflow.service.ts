import type { Transaction } from 'kysely';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { conflict, invalid, notFound } from '../../../errors';
import { appendAudit } from '../../platform/audit';
import { hasPermission } from '../../platform/staff';
import { findUserRoles } from '../../marketplace/users';
import { isFraudCaseParty, mustBeCaseOutsider } from './fraud-case-party';
import { findFraudCaseView } from './fraud-case-list.read-model';
import { lockFraudCase } from './fraud-cases.repository';

const MAX_SNOOZE_MS = 30 * 24 * 60 * 60 * 1000;

/** Locks a case the staff member may act on: 404 if it does not exist or they are a party to it. */
async function lockCaseFor(trx: Transaction<DB>, caseId: string, staffId: string) {
  const fraudCase = await lockFraudCase(trx, caseId);
  if (!fraudCase) throw notFound('Fraud case');
  await mustBeCaseOutsider(trx, caseId, staffId);
  return fraudCase;
}

async function lockOpenCase(trx: Transaction<DB>, caseId: string, staffId: string) {
  const fraudCase = await lockCaseFor(trx, caseId, staffId);
  if (fraudCase.status !== 'open') throw conflict('case_closed', 'This fraud case is already decided');
  return fraudCase;
}

/** Assigns (or, with null, unassigns) an open case; the assignee must be able to decide it. */
export async function assignFraudCase(ctx: AppContext, staffId: string, caseId: string, assigneeId: string | null): Promise<void> {
  const now = ctx.clock.now();
  await inTransaction(ctx.db, async (trx) => {
    const fraudCase = await lockOpenCase(trx, caseId, staffId);
    if (assigneeId !== null) {
      const roles = await findUserRoles(trx, assigneeId);
      if (!roles || !hasPermission(roles, 'fraud_cases.decide')) {
        throw invalid('invalid_assignee', 'must be a staff member who may decide fraud cases', 'assignee_id');
      }
      if (await isFraudCaseParty(trx, caseId, assigneeId)) throw invalid('assignee_is_party', 'must not be the case’s subject or a party to its order', 'assignee_id');
    }
    if (fraudCase.assignee_id === assigneeId) return; // A repeat assignment records nothing.
    await trx.updateTable('fraud_cases').set({ assignee_id: assigneeId }).where('id', '=', caseId).execute();
    await appendAudit(trx, {
      actorId: staffId,
      action: assigneeId ? 'fraud_case.assigned' : 'fraud_case.unassigned',
      entityType: 'fraud_case',
      entityId: caseId,
      details: { before: fraudCase.assignee_id, after: assigneeId },
      at: now,
    });
  });
}

/** Hides an open case from the unassigned inbox until `until` (future, at most 30 days ahead). */
export async function snoozeFraudCase(ctx: AppContext, staffId: string, caseId: string, until: Date): Promise<void> {
  const now = ctx.clock.now();
  if (until.getTime() <= now.getTime()) throw invalid('invalid_snooze', 'must be in the future', 'until');
  if (until.getTime() - now.getTime() > MAX_SNOOZE_MS) throw invalid('invalid_snooze', 'must be at most 30 days ahead', 'until');
  await inTransaction(ctx.db, async (trx) => {
    await lockOpenCase(trx, caseId, staffId);
    await trx.updateTable('fraud_cases').set({ snoozed_until: until }).where('id', '=', caseId).execute();
    await appendAudit(trx, {
      actorId: staffId,
      action: 'fraud_case.snoozed',
      entityType: 'fraud_case',
      entityId: caseId,
      details: { until: until.toISOString() },
      at: now,
    });
  });
}

/** Appends an analyst note; allowed on closed cases too (follow-ups after a decision). */
export async function addFraudCaseNote(ctx: AppContext, staffId: string, caseId: string, body: string) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    await lockCaseFor(trx, caseId, staffId);
    const note = await trx.insertInto('fraud_case_notes').values({ case_id: caseId, author_id: staffId, body, created_at: now }).returningAll().executeTakeFirstOrThrow();
    await appendAudit(trx, {
      actorId: staffId,
      action: 'fraud_case.note_added',
      entityType: 'fraud_case',
      entityId: caseId,
      details: { note_id: note.id },
      at: now,
    });
    return note;
  });
}

/** One case as a staff member who is not a party to it sees it; every view is audited (who, which case), in the read's transaction. */
export async function viewFraudCase(ctx: AppContext, staffId: string, caseId: string) {
  const now = ctx.clock.now();
  return inTransaction(ctx.db, async (trx) => {
    const view = await findFraudCaseView(trx, caseId);
    if (!view) throw notFound('Fraud case');
    await mustBeCaseOutsider(trx, caseId, staffId);
    await appendAudit(trx, { actorId: staffId, action: 'fraud_case.viewed', entityType: 'fraud_case', entityId: caseId, details: {}, at: now });
    return view;
  });
}
