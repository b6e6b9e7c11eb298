import { z } from 'zod';
import { route } from '../../../http/route';
import { modelsLocation, readEvaluation } from '../../../adapters/serving-models';
import { listModelVersions } from './model-registry.repository';
import { ModelStatusResponse, ModelVersionParams, ModelVersionResponse, PromoteBody, PromotionResponse, ReasonBody, RollbackBody } from './model-registry.schemas';
import { promoteModel, rollbackModel, setModelMode } from './model-registry.service';

const changeResponses = {
  200: { description: 'The change, applied in this process before answering; other processes follow within seconds', schema: PromotionResponse },
  404: { description: 'No such model version' },
  409: {
    description:
      'Not allowed from the current status, a concurrent change, the model file cannot be loaded, or (promote) model_not_promotable: its evaluation does not hold on both sets',
  },
};

export const modelRegistryRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/models',
    operationId: 'adminListModels',
    tag: 'admin',
    access: 'models.read',
    summary: 'Fraud model versions with their status (active | shadow | retired) and committed evaluation metrics',
    responses: { 200: { description: 'Every registered version, oldest first', schema: z.object({ data: z.array(ModelVersionResponse) }) } },
    handler: async ({ ctx }) => {
      const { dir } = modelsLocation(ctx.config);
      const rows = await listModelVersions(ctx.db);
      const data = await Promise.all(
        rows.map(async (r) => ({
          version: r.version,
          status: r.status,
          file: r.file,
          sha256: r.sha256,
          feature_names: r.feature_names,
          created_at: r.created_at.toISOString(),
          updated_at: r.updated_at.toISOString(),
          evaluation: await readEvaluation(dir, r.version),
        })),
      );
      return { status: 200, body: { data } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/admin/models/:version/promote',
    operationId: 'adminPromoteModel',
    tag: 'admin',
    access: 'models.manage',
    summary:
      'Make a shadow or retired version the live model; the previous live model becomes demote_to (default shadow). Refused (model_not_promotable) unless its committed evaluation holds on both the generator set and the blind set, or override_evaluation is true',
    params: ModelVersionParams,
    body: PromoteBody,
    responses: changeResponses,
    handler: async ({ ctx, user, params, body }) => ({
      status: 200,
      body: await promoteModel(ctx, user.id, params.version, { reason: body.reason, demoteTo: body.demote_to, overrideEvaluation: body.override_evaluation }),
    }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/models/rollback',
    operationId: 'adminRollbackModel',
    tag: 'admin',
    access: 'models.manage',
    summary: 'Promote the version most recently demoted from live; the current live model becomes demote_to (default retired)',
    body: RollbackBody,
    responses: { ...changeResponses, 409: { description: 'No earlier live model, or a concurrent change' } },
    handler: async ({ ctx, user, body }) => ({ status: 200, body: await rollbackModel(ctx, user.id, body.reason, body.demote_to) }),
  }),
  route({
    method: 'post',
    path: '/v1/admin/models/:version/shadow',
    operationId: 'adminShadowModel',
    tag: 'admin',
    access: 'models.manage',
    summary: 'Score a retired version in shadow: recorded on every payment, never acting',
    params: ModelVersionParams,
    body: ReasonBody,
    responses: { ...changeResponses, 200: { description: 'The version is in shadow', schema: ModelStatusResponse } },
    handler: async ({ ctx, user, params, body }) => {
      await setModelMode(ctx, user.id, params.version, 'shadow', body.reason);
      return { status: 200, body: { version: params.version, status: 'shadow' } };
    },
  }),
  route({
    method: 'post',
    path: '/v1/admin/models/:version/retire',
    operationId: 'adminRetireModel',
    tag: 'admin',
    access: 'models.manage',
    summary: 'Stop scoring a shadow version',
    params: ModelVersionParams,
    body: ReasonBody,
    responses: { ...changeResponses, 200: { description: 'The version is retired', schema: ModelStatusResponse } },
    handler: async ({ ctx, user, params, body }) => {
      await setModelMode(ctx, user.id, params.version, 'retired', body.reason);
      return { status: 200, body: { version: params.version, status: 'retired' } };
    },
  }),
];
