import { z } from 'zod';
import { FILE_BODY_LIMIT, FILE_CONTENT_TYPES } from '../../../http/file-type';
import { CREATES_CONTENT, route } from '../../../http/route';
import { MessageBody, MessageResponse, toMessageResponse } from '../../marketplace/conversations';
import { OpenDisputeBody, OrderIdParams, OrderResponse, toOrderResponse } from '../../marketplace/orders';
import { addEvidence, disputeThread, evidenceContent, openBuyerDispute, partyDispute, postDisputeMessage } from './buyer-disputes.service';
import { toDisputeResponse } from './disputes.repository';
import { DisputeIdParams, DisputeResponse, EvidenceBody, EvidenceParams, EvidenceResponse, PartyDisputeResponse } from './disputes.schemas';
import { toEvidenceResponse } from './evidence.repository';

const notYours = { 404: { description: 'No such dispute of yours' } };
const closed = { 409: { description: 'dispute_resolved or evidence_closed: the evidence deadline has passed' } };

export const disputesRoutes = [
  route({
    method: 'post',
    path: '/v1/orders/:id/dispute',
    operationId: 'openDispute',
    tag: 'orders',
    access: 'user',
    rateLimit: CREATES_CONTENT,
    summary: 'Open a dispute on a shipped or delivered order (buyer); funds stay held, an arbitrator is assigned',
    params: OrderIdParams,
    body: OpenDisputeBody,
    responses: {
      200: { description: 'The disputed order and its dispute', schema: OrderResponse.extend({ dispute: DisputeResponse }) },
      403: { description: 'Only the buyer may open a dispute' },
      404: { description: 'No such order of yours' },
      409: { description: 'invalid_transition or dispute_window_closed' },
    },
    handler: async ({ ctx, user, params, body }) => {
      const { order, dispute } = await openBuyerDispute(ctx, user.id, params.id, body);
      return { status: 200, body: { ...toOrderResponse(order), dispute: toDisputeResponse(dispute) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/disputes/:id',
    operationId: 'getDispute',
    tag: 'disputes',
    access: 'user',
    summary: 'A dispute of yours with its thread and evidence (parties only)',
    params: DisputeIdParams,
    responses: { 200: { description: 'The dispute', schema: PartyDisputeResponse }, ...notYours },
    handler: async ({ ctx, user, params }) => {
      const { dispute, messages, evidence } = await partyDispute(ctx, user.id, params.id);
      return { status: 200, body: { ...toDisputeResponse(dispute), messages: messages.map(toMessageResponse), evidence: evidence.map(toEvidenceResponse) } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/disputes/:id/messages',
    operationId: 'postDisputeMessage',
    tag: 'disputes',
    access: 'user',
    idempotent: true,
    rateLimit: CREATES_CONTENT,
    summary: 'Write to the dispute thread (parties, until the evidence deadline)',
    params: DisputeIdParams,
    body: MessageBody,
    responses: { 201: { description: 'The message', schema: MessageResponse }, ...notYours, ...closed },
    handler: async ({ ctx, user, params, body }) => ({ status: 201, body: toMessageResponse(await postDisputeMessage(ctx, user.id, params.id, body.body)) }),
  }),
  route({
    method: 'get',
    path: '/v1/disputes/:id/messages',
    operationId: 'listDisputeMessages',
    tag: 'disputes',
    access: 'user',
    summary: 'The dispute thread, oldest first (parties only)',
    params: DisputeIdParams,
    responses: { 200: { description: 'The messages', schema: z.object({ data: z.array(MessageResponse) }) }, ...notYours },
    handler: async ({ ctx, user, params }) => ({ status: 200, body: { data: (await disputeThread(ctx, user.id, params.id)).map(toMessageResponse) } }),
  }),
  route({
    method: 'post',
    path: '/v1/disputes/:id/evidence',
    operationId: 'addDisputeEvidence',
    tag: 'disputes',
    access: 'user',
    idempotent: true,
    bodyLimit: FILE_BODY_LIMIT,
    rateLimit: CREATES_CONTENT,
    summary: 'Add evidence: text, or a PDF, JPEG or PNG file of at most 5 MB (type checked by content; stored encrypted)',
    params: DisputeIdParams,
    body: EvidenceBody,
    responses: { 201: { description: 'The evidence (metadata only)', schema: EvidenceResponse }, 413: { description: 'Body over the limit' }, ...notYours, ...closed },
    handler: async ({ ctx, user, params, body }) => ({ status: 201, body: toEvidenceResponse(await addEvidence(ctx, user.id, params.id, body)) }),
  }),
  route({
    method: 'get',
    path: '/v1/disputes/:id/evidence/:evidenceId/content',
    operationId: 'getDisputeEvidenceContent',
    tag: 'disputes',
    access: 'user',
    summary: 'An evidence file (parties, and staff who may read disputes and are not a party: their reads are audited)',
    params: EvidenceParams,
    responses: { 200: { description: 'The file', contentTypes: [...FILE_CONTENT_TYPES] }, 404: { description: 'No such evidence file visible to you' } },
    handler: async ({ ctx, user, params }) => {
      const file = await evidenceContent(ctx, user, params.id, params.evidenceId);
      return {
        status: 200,
        body: file.content,
        headers: {
          'Content-Type': file.contentType,
          'Content-Disposition': `attachment; filename="${file.filename.replace(/[^\w.-]/g, '_')}"`,
          'Cache-Control': 'private, no-store',
        },
      };
    },
  }),
];
