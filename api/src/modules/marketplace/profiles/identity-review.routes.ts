import { page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { listDocumentsForReview, toIdentityDocumentResponse, toQueuedIdentityDocumentResponse } from './identity-documents.repository';
import { reviewIdentityDocument, viewIdentityDocument } from './identity-review.service';
import {
  DocumentIdParams,
  IdentityDocumentContentResponse,
  IdentityDocumentResponse,
  IdentityReviewBody,
  IdentityReviewQuery,
  QueuedIdentityDocumentResponse,
} from './profiles.schemas';

export const identityReviewRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/identity-documents',
    operationId: 'adminListIdentityDocuments',
    tag: 'admin',
    access: 'identity.review',
    summary: 'Identity documents by review status (default submitted), newest first, metadata only; never the caller’s own',
    query: IdentityReviewQuery,
    responses: { 200: { description: 'A page of documents with their users', schema: pageResponse(QueuedIdentityDocumentResponse) } },
    handler: async ({ ctx, user, query }) => ({
      status: 200,
      body: page(await listDocumentsForReview(ctx.db, { ...query, viewerId: user.id }), query.limit, toQueuedIdentityDocumentResponse),
    }),
  }),
  route({
    method: 'get',
    path: '/v1/admin/identity-documents/:id/content',
    operationId: 'adminGetIdentityDocumentContent',
    tag: 'admin',
    access: 'identity.review',
    summary: 'Decrypt a document for review (every view is audited; 404 for the caller’s own)',
    params: DocumentIdParams,
    responses: { 200: { description: 'The document, base64', schema: IdentityDocumentContentResponse }, 404: { description: 'No such document' } },
    handler: async ({ ctx, user, params }) => {
      const doc = await viewIdentityDocument(ctx, user.id, params.id);
      return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: { id: doc.id, content_type: doc.content_type, content_base64: doc.content.toString('base64') } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/admin/identity-documents/:id/decision',
    operationId: 'adminDecideIdentityDocument',
    tag: 'admin',
    access: 'identity.review',
    idempotent: true,
    summary: 'Approve (the user becomes verified) or reject (reason required, shown to the user) a submitted document',
    params: DocumentIdParams,
    body: IdentityReviewBody,
    responses: {
      200: { description: 'The reviewed document', schema: IdentityDocumentResponse },
      404: { description: 'No such document' },
      409: { description: 'document_reviewed: already approved or rejected' },
    },
    handler: async ({ ctx, user, params, body }) => ({
      status: 200,
      body: toIdentityDocumentResponse(await reviewIdentityDocument(ctx, user.id, params.id, body.decision, body.reason ?? null)),
    }),
  }),
];
