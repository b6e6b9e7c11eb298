import { FILE_BODY_LIMIT } from '../../../http/file-type';
import { notFound } from '../../../errors';
import { page, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { assertSteppedUp } from '../users';
import { listIdentityDocuments, toIdentityDocumentResponse } from './identity-documents.repository';
import { findPayoutDetails, toPayoutDetailsResponse } from './payout-details.repository';
import { findProfile, toProfileResponse } from './profile.repository';
import {
  IdentityDocumentBody,
  IdentityDocumentResponse,
  ListIdentityDocumentsQuery,
  PayoutDetailsBody,
  PayoutDetailsResponse,
  ProfileBody,
  ProfileResponse,
} from './profiles.schemas';
import { submitIdentityDocument, updatePayoutDetails, updateProfile } from './profiles.service';

export const profilesRoutes = [
  route({
    method: 'get',
    path: '/v1/me/profile',
    operationId: 'getMyProfile',
    tag: 'profile',
    access: 'user',
    summary: 'Your legal name, address and phone',
    responses: { 200: { description: 'The profile', schema: ProfileResponse }, 404: { description: 'No profile yet' } },
    handler: async ({ ctx, user }) => {
      const profile = await findProfile(ctx.db, ctx.keyring, user.id);
      if (!profile) throw notFound('Profile');
      return { status: 200, body: toProfileResponse(profile) };
    },
  }),
  route({
    method: 'put',
    path: '/v1/me/profile',
    operationId: 'setMyProfile',
    tag: 'profile',
    access: 'user',
    summary: 'Set your legal name, address and phone (stored encrypted)',
    body: ProfileBody,
    responses: { 200: { description: 'The profile as stored', schema: ProfileResponse } },
    handler: async ({ ctx, user, body }) => {
      const updatedAt = await updateProfile(ctx, user.id, body);
      return { status: 200, body: toProfileResponse({ ...body, updated_at: updatedAt }) };
    },
  }),
  route({
    method: 'get',
    path: '/v1/me/payout-details',
    operationId: 'getMyPayoutDetails',
    tag: 'profile',
    access: 'user',
    summary: 'Your payout account, IBAN masked',
    responses: { 200: { description: 'The payout account', schema: PayoutDetailsResponse }, 404: { description: 'No payout account yet' } },
    handler: async ({ ctx, user }) => {
      const details = await findPayoutDetails(ctx.db, ctx.keyring, user.id);
      if (!details) throw notFound('Payout details');
      return { status: 200, body: toPayoutDetailsResponse(details) };
    },
  }),
  route({
    method: 'put',
    path: '/v1/me/payout-details',
    operationId: 'setMyPayoutDetails',
    tag: 'profile',
    access: 'user',
    summary: 'Set your payout account (stored encrypted); needs a recent step-up (POST /v1/auth/step-up)',
    body: PayoutDetailsBody,
    responses: {
      200: { description: 'The payout account, IBAN masked', schema: PayoutDetailsResponse },
      403: { description: 'No recent step-up on this session (`step_up_required`)' },
    },
    handler: async ({ ctx, user, token, body }) => {
      await assertSteppedUp(ctx, token);
      return { status: 200, body: toPayoutDetailsResponse(await updatePayoutDetails(ctx, user.id, body)) };
    },
  }),
  route({
    method: 'post',
    path: '/v1/me/identity-documents',
    operationId: 'submitIdentityDocument',
    tag: 'profile',
    access: 'user',
    summary: 'Submit an identity document (PDF, JPEG or PNG, at most 5 MB; stored encrypted)',
    body: IdentityDocumentBody,
    idempotent: true,
    bodyLimit: FILE_BODY_LIMIT,
    responses: { 201: { description: 'Document received (metadata only)', schema: IdentityDocumentResponse }, 413: { description: 'Body over the limit' } },
    handler: async ({ ctx, user, body }) => ({ status: 201, body: toIdentityDocumentResponse(await submitIdentityDocument(ctx, user.id, body)) }),
  }),
  route({
    method: 'get',
    path: '/v1/me/identity-documents',
    operationId: 'listMyIdentityDocuments',
    tag: 'profile',
    access: 'user',
    summary: 'Your submitted identity documents (metadata, never content)',
    query: ListIdentityDocumentsQuery,
    responses: { 200: { description: 'A page of documents, newest first', schema: pageResponse(IdentityDocumentResponse) } },
    handler: async ({ ctx, user, query }) => ({
      status: 200,
      body: page(await listIdentityDocuments(ctx.db, user.id, query.limit, query.cursor), query.limit, toIdentityDocumentResponse),
    }),
  }),
];
