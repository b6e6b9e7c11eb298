import { AnalystQueryError } from '@agora/analytics';
import { z } from 'zod';
import { AppError } from '../../http/errors';
import { route } from '../../http/route';
import { runAuditedQuery } from './analyst-query.service';

// A write refused by ClickHouse is a 403 (not allowed for anyone here); everything else the
// analyst can fix in the text is a 422. The detail is ClickHouse's own message.
const STATUS: Record<AnalystQueryError['code'], number> = {
  read_only: 403, table_not_allowed: 403, function_not_allowed: 403,
  syntax_error: 422, select_only: 422, query_timeout: 422, memory_limit: 422, query_failed: 422,
};

export const analystQueryRoutes = [
  route({
    method: 'post', path: '/v1/admin/analytics/query', tag: 'admin', access: 'analytics.query',
    summary: "Runs an analyst's own SELECT on ClickHouse: read-only (enforced by ClickHouse), over the analytics database only, within row, time and memory limits; audited",
    body: z.strictObject({ sql: z.string().trim().min(1, 'must not be empty').max(100_000, 'must be at most 100000 characters') }),
    responses: {
      200: {
        description: 'Columns with their ClickHouse types and the rows; `truncated` when more rows matched than the limit',
        schema: z.object({
          columns: z.array(z.object({ name: z.string(), type: z.string() })),
          rows: z.array(z.record(z.string(), z.unknown())),
          truncated: z.boolean(),
          max_rows: z.number().int(),
        }),
      },
      403: { description: 'A write, or a table or function outside the analytics database (`read_only`, `table_not_allowed`, `function_not_allowed`)' },
      422: { description: 'ClickHouse could not run it: `syntax_error`, `select_only`, `query_timeout`, `memory_limit`, `query_failed`' },
    },
    handler: async ({ ctx, user, body }) => {
      const result = await runAuditedQuery(ctx, user.id, body.sql).catch((err: unknown) => {
        throw err instanceof AnalystQueryError ? new AppError(STATUS[err.code], err.code, err.message, [{ field: 'sql', message: err.message }]) : err;
      });
      return { status: 200, body: { ...result, max_rows: ctx.config.ANALYST_QUERY_MAX_ROWS } };
    },
  }),
];
