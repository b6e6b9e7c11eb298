import { z } from 'zod';
import { notFound } from '../../../errors';
import { PageQuery, page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { CLOSING_LABELS } from '../../../db/schema';
import { fraudCaseWorkflowRoutes } from './fraud-case-workflow.routes';
import { viewFraudCase } from './fraud-case-workflow.service';
import { findFraudCaseView, listFraudCases } from './fraud-case-list.read-model';
import { FraudCaseResponse, toFraudCaseResponse } from './fraud-cases.repository';
import { CaseIdParams } from './fraud-cases.schemas';
import { decideFraudCase } from './fraud-cases.service';

export const fraudCasesRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/fraud-cases',
    operationId: 'adminListFraudCases',
    tag: 'admin',
    access: 'fraud_cases.read',
    summary: 'The fraud case queue (payment-time and stream cases), newest first; inbox=unassigned (not snoozed) | mine | all; source=payment | stream',
    query: PageQuery.extend({
      status: z.enum(['open', 'closed'], { error: 'must be open or closed' }).optional().describe('Only cases in this status'),
      source: z
        .enum(['payment', 'stream', 'seller_risk'], { error: 'must be payment, stream or seller_risk' })
        .optional()
        .describe('payment: opened by the payment-time score; stream: by a stream detector; seller_risk: by the seller-side score at payout'),
      inbox: z
        .enum(['unassigned', 'mine', 'all'], { error: 'must be unassigned, mine or all' })
        .default('all')
        .describe('unassigned: nobody’s and not snoozed; mine: assigned to the caller; all'),
    }).strict(),
    responses: { 200: { description: 'A page of cases', schema: pageResponse(FraudCaseResponse) } },
    handler: async ({ ctx, user, query }) => {
      const rows = await listFraudCases(ctx.db, { ...query, viewerId: user.id, now: ctx.clock.now() });
      return { status: 200, body: page(rows, query.limit, toFraudCaseResponse) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/fraud-cases/:id',
    operationId: 'adminGetFraudCase',
    tag: 'admin',
    access: 'fraud_cases.read',
    summary: 'One fraud case with its order (payment cases) or its evidence (stream cases); 404 to its subject and the parties to its order; every view is audited',
    params: CaseIdParams,
    responses: { 200: { description: 'The case', schema: FraudCaseResponse }, 404: { description: 'No such case' } },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: toFraudCaseResponse(await viewFraudCase(ctx, user.id, params.id)) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/fraud-cases/:id/decision',
    operationId: 'adminDecideFraudCase',
    tag: 'admin',
    access: 'fraud_cases.decide',
    idempotent: true,
    summary:
      'Clear a case (release held funds) or confirm fraud (refund the case order, cancel or refund the subject’s other open orders, suspend the subject, freeze their payouts); closing_label is optional and confirm_fraud without one is labelled other',
    params: CaseIdParams,
    body: z
      .strictObject({
        decision: z.enum(['clear', 'confirm_fraud'], { error: 'must be clear or confirm_fraud' }),
        note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
        closing_label: z.enum(CLOSING_LABELS, { error: `must be one of ${CLOSING_LABELS.join(', ')}` }).optional(),
      })
      .meta({ examples: [{ decision: 'confirm_fraud', note: 'Card reported stolen by the issuer', closing_label: 'stolen_card' }] }),
    responses: { 200: { description: 'The decided case', schema: FraudCaseResponse }, 404: { description: 'No such case' }, 409: { description: 'Already decided' } },
    handler: async ({ ctx, user, params, body }) => {
      await decideFraudCase(ctx, user.id, params.id, body.decision, body.note, body.closing_label ?? null);
      const decided = await findFraudCaseView(ctx.db, params.id);
      if (!decided) throw notFound('Fraud case');
      return { status: 200, body: toFraudCaseResponse(decided) };
    },
  }),
  ...fraudCaseWorkflowRoutes,
];
