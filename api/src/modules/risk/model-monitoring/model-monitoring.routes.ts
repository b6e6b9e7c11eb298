import { route } from '../../../http/route';
import { snapshotHistory } from './model-monitoring.repository';
import { ModelVersionParams } from '../model-registry';
import { ModelMonitoringResponse, MonitoringHistoryQuery, MonitoringHistoryResponse } from './model-monitoring.schemas';
import { versionMonitoring } from './model-monitoring.service';

/** At most this many snapshots a history answer (an hourly job fills 30 days with 720 per version). */
const HISTORY_LIMIT = 5000;

export const modelMonitoringRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/models/monitoring/history',
    operationId: 'adminModelMonitoringHistory',
    tag: 'admin',
    access: 'models.read',
    summary: 'The worker’s monitoring snapshots over time, of one version or all',
    query: MonitoringHistoryQuery,
    responses: { 200: { description: 'Snapshots, oldest first', schema: MonitoringHistoryResponse } },
    handler: async ({ ctx, query }) => {
      const since = new Date(ctx.clock.now().getTime() - query.days * 86_400_000);
      const rows = await snapshotHistory(ctx.db, { version: query.version, since, limit: HISTORY_LIMIT });
      return { status: 200, body: { data: rows.map((r) => ({ computed_at: r.computedAt.toISOString(), figures: r.figures })) } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/models/:version/monitoring',
    operationId: 'adminModelMonitoring',
    tag: 'admin',
    access: 'models.read',
    summary: 'How a version does in production: precision and recall from closing labels, PR-AUC, score drift (PSI) against live and over time, recent alerts',
    params: ModelVersionParams,
    responses: { 200: { description: 'The latest figures', schema: ModelMonitoringResponse }, 404: { description: 'No such model version' } },
    handler: async ({ ctx, params }) => {
      const m = await versionMonitoring(ctx, params.version);
      return {
        status: 200,
        body: {
          version: params.version,
          status: m.status,
          computed_at: m.computedAt.toISOString(),
          source: m.source,
          figures: m.figures,
          alerts: m.alerts.map((a) => ({ kind: a.kind, raised_at: a.raised_at.toISOString(), details: a.details })),
        },
      };
    },
  }),
];
