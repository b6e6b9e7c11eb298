import { z } from 'zod';
import { notFound } from '../../../errors';
import { Uuid } from '../../../http/ids';
import { route } from '../../../http/route';
import { addFraudCaseNote, assignFraudCase, snoozeFraudCase } from './fraud-case-workflow.service';
import { fraudCaseTimeline } from './fraud-case-timeline';
import { findFraudCaseView } from './fraud-case-list.read-model';
import { FraudCaseResponse, toFraudCaseResponse } from './fraud-cases.repository';
import { CaseIdParams } from './fraud-cases.schemas';

const NoteResponse = z.object({ id: z.uuid(), case_id: z.uuid(), author_id: z.uuid(), body: z.string(), created_at: z.iso.datetime() }).meta({ id: 'FraudCaseNote' });
const TimelineEntryResponse = z
  .object({
    at: z.iso.datetime(),
    kind: z.enum(['note', 'audit', 'order_status', 'payment_attempt']),
    actor_id: z.uuid().nullable(),
    summary: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'FraudCaseTimelineEntry' });
const TimelineResponse = z.object({ data: z.array(TimelineEntryResponse) });
const caseResponses = { 200: { description: 'The updated case', schema: FraudCaseResponse }, 404: { description: 'No such case' }, 409: { description: 'Case is closed' } };

async function caseView(db: Parameters<typeof findFraudCaseView>[0], id: string) {
  const view = await findFraudCaseView(db, id);
  if (!view) throw notFound('Fraud case');
  return { status: 200 as const, body: toFraudCaseResponse(view) };
}

export const fraudCaseWorkflowRoutes = [
  route({
    method: 'post',
    path: '/v1/admin/fraud-cases/:id/assign',
    operationId: 'adminAssignFraudCase',
    tag: 'admin',
    access: 'fraud_cases.decide',
    idempotent: true,
    summary: 'Assign an open case to a staff member who may decide it, or unassign it with null',
    params: CaseIdParams,
    body: z.strictObject({ assignee_id: Uuid.nullable() }),
    responses: { ...caseResponses, 422: { description: 'invalid_assignee: may not decide fraud cases; assignee_is_party: the case’s subject or a party to its order' } },
    handler: async ({ ctx, user, params, body }) => {
      await assignFraudCase(ctx, user.id, params.id, body.assignee_id);
      return caseView(ctx.db, params.id);
    },
  }),
  route({
    method: 'post',
    path: '/v1/admin/fraud-cases/:id/snooze',
    operationId: 'adminSnoozeFraudCase',
    tag: 'admin',
    access: 'fraud_cases.decide',
    idempotent: true,
    summary: 'Hide an open case from the unassigned inbox until a time at most 30 days ahead',
    params: CaseIdParams,
    body: z.strictObject({ until: z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' }) }),
    responses: { ...caseResponses, 422: { description: 'until is past or more than 30 days ahead' } },
    handler: async ({ ctx, user, params, body }) => {
      await snoozeFraudCase(ctx, user.id, params.id, new Date(body.until));
      return caseView(ctx.db, params.id);
    },
  }),
  route({
    method: 'post',
    path: '/v1/admin/fraud-cases/:id/notes',
    operationId: 'adminAddFraudCaseNote',
    tag: 'admin',
    access: 'fraud_cases.decide',
    idempotent: true,
    summary: 'Append a note to a case (open or closed); notes are never edited',
    params: CaseIdParams,
    body: z.strictObject({ body: z.string().trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters') }),
    responses: { 201: { description: 'The note', schema: NoteResponse }, 404: { description: 'No such case' } },
    handler: async ({ ctx, user, params, body }) => {
      const note = await addFraudCaseNote(ctx, user.id, params.id, body.body);
      return { status: 201, body: { ...note, created_at: note.created_at.toISOString() } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/fraud-cases/:id/timeline',
    operationId: 'adminGetFraudCaseTimeline',
    tag: 'admin',
    access: 'fraud_cases.read',
    summary: 'Every event linked to a case, oldest first: notes, audit entries, order status history, payment attempts',
    params: CaseIdParams,
    responses: { 200: { description: 'The timeline', schema: TimelineResponse }, 404: { description: 'No such case' } },
    handler: async ({ ctx, user, params }) => {
      const entries = await fraudCaseTimeline(ctx.db, user.id, params.id);
      return { status: 200, body: { data: entries.map((e) => ({ ...e, at: e.at.toISOString() })) } };
    },
  }),
];
