import { DashboardError, listDashboards, runDashboard } from '@agora/analytics';
import { z } from 'zod';
import { DomainError, invalid, notFound } from '../../../errors';
import { route } from '../../../http/route';

const Param = z
  .object({
    name: z.string(),
    type: z.string().describe('ClickHouse type of the query parameter'),
    description: z.string(),
    default: z.string().nullable(),
    one_of: z.array(z.string()).nullable(),
  })
  .meta({ id: 'DashboardParam' });
const DashboardSummary = z.object({ name: z.string(), title: z.string(), question: z.string(), notes: z.string(), params: z.array(Param) }).meta({ id: 'DashboardSummary' });

/** A caller's bad name or parameter → 404 / 422 naming the parameter; a malformed file stays a 500. */
function toDomainError(err: unknown): unknown {
  if (!(err instanceof DashboardError)) return err;
  if (err.code === 'unknown_dashboard') return notFound('Dashboard');
  if (err.param !== undefined) return new DomainError('invalid', err.code, err.message, [{ field: `query.${err.param}`, message: err.message }]);
  return err.code === 'invalid_dashboard' ? err : invalid(err.code, err.message);
}

export const dashboardsRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/dashboards',
    operationId: 'adminListDashboards',
    tag: 'admin',
    access: 'dashboards.read',
    summary: 'The analyst dashboards: the question each answers and its parameters (ClickHouse types, defaults, allowed values)',
    responses: { 200: { description: 'Dashboards, by name', schema: z.object({ data: z.array(DashboardSummary) }) } },
    handler: async () => {
      const dashboards = await listDashboards();
      const data = dashboards.map((d) => ({
        name: d.name,
        title: d.title,
        question: d.question,
        notes: d.notes,
        params: d.params.map((p) => ({ name: p.name, type: p.type, description: p.description, default: p.default ?? null, one_of: p.oneOf ?? null })),
      }));
      return { status: 200, body: { data } };
    },
  }),
  route({
    method: 'get',
    path: '/v1/admin/dashboards/:name',
    operationId: 'adminRunDashboard',
    tag: 'admin',
    access: 'dashboards.read',
    summary: "Runs one dashboard; its parameters are the query string, checked against the dashboard's declared types",
    params: z.strictObject({ name: z.string().max(63, 'must be at most 63 characters').describe('The dashboard’s name, as GET /v1/admin/dashboards lists it') }),
    query: z.record(z.string(), z.string({ error: 'must be given once, as text' })),
    responses: {
      200: {
        description: 'Columns with their ClickHouse types, and the rows',
        schema: z
          .object({
            name: z.string(),
            columns: z.array(z.object({ name: z.string(), type: z.string() })),
            rows: z.array(z.record(z.string(), z.unknown())),
          })
          .meta({ id: 'DashboardResult' }),
      },
      404: { description: 'No such dashboard' },
      422: { description: 'A parameter is unknown, missing or malformed (named in `errors`)' },
    },
    handler: async ({ ctx, params, query }) => {
      const result = await runDashboard(ctx.analytics, params.name, query).catch((err: unknown) => {
        throw toDomainError(err);
      });
      return { status: 200, body: { name: result.dashboard.name, columns: result.columns, rows: result.rows } };
    },
  }),
];
