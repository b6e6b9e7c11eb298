import { z } from 'zod';
import { notFound } from '../../http/errors';
import { PageQuery, page, pageResponse } from '../../http/pagination';
import { route } from '../../http/route';
import { findFraudCaseView, listFraudCases, toFraudCaseResponse } from './fraud-cases.repository';
import { decideFraudCase } from './fraud-cases.service';

const Money = z.object({ amount: z.number().int(), currency: z.string() });
const FraudCaseResponse = z.object({
  id: z.uuid(), order_id: z.uuid(), subject_user_id: z.uuid(), status: z.enum(['open', 'closed']), reason: z.string(),
  risk_score: z.number().int(), model_version: z.string(), decision: z.enum(['clear', 'confirm_fraud']).nullable(),
  decision_note: z.string().nullable(), decided_by: z.uuid().nullable(), decided_at: z.iso.datetime().nullable(), created_at: z.iso.datetime(),
  order: z.object({ amount: Money, status: z.string(), listing_title: z.string() }),
});
const CaseIdParams = z.strictObject({ id: z.uuid('must be a UUID') });

export const fraudCasesRoutes = [
  route({
    method: 'get', path: '/v1/admin/fraud-cases', tag: 'admin', access: 'fraud_cases.read', summary: 'The fraud case queue, newest first',
    query: PageQuery.extend({ status: z.enum(['open', 'closed'], { error: 'must be open or closed' }).optional() }).strict(),
    responses: { 200: { description: 'A page of cases', schema: pageResponse(FraudCaseResponse) } },
    handler: async ({ ctx, query }) => {
      return { status: 200, body: page(await listFraudCases(ctx.db, query), query.limit, toFraudCaseResponse) };
    },
  }),
  route({
    method: 'post', path: '/v1/admin/fraud-cases/:id/decision', tag: 'admin', access: 'fraud_cases.decide', idempotent: true,
    summary: 'Clear a case (release held funds) or confirm fraud (refund the buyer, freeze seller payouts)',
    params: CaseIdParams,
    body: z.strictObject({
      decision: z.enum(['clear', 'confirm_fraud'], { error: 'must be clear or confirm_fraud' }),
      note: z.string().trim().min(1, 'must not be empty').max(2000, 'must be at most 2000 characters'),
    }),
    responses: { 200: { description: 'The decided case', schema: FraudCaseResponse }, 404: { description: 'No such case' }, 409: { description: 'Already decided' } },
    handler: async ({ ctx, user, params, body }) => {
      await decideFraudCase(ctx, user.id, params.id, body.decision, body.note);
      const decided = await findFraudCaseView(ctx.db, params.id);
      if (!decided) throw notFound('Fraud case');
      return { status: 200, body: toFraudCaseResponse(decided) };
    },
  }),
];
