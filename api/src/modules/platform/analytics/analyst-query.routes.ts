import { AnalystQueryError } from '@agora/analytics';
import { z } from 'zod';
import { AppError } from '../../../http/errors';
import { problemBody } from '../../../http/problem';
import { route } from '../../../http/route';
import { MAX_SQL_LENGTH, auditRefusedInput, runAuditedQuery } from './analyst-query.service';

// Refused for anyone here (a statement other than a SELECT, a table, function or setting outside the
// allowlists): 403. Text that cannot be stored: 400. What the analyst can fix in the text or the
// limits stopped: 422. Fair use: 429 (their own queue is full) and 503 (no slot in time), both with
// Retry-After; 503 also when the page is disabled by configuration.
const STATUS: Record<AnalystQueryError['code'], number> = {
  invalid_text: 400,
  select_only: 403,
  settings_not_allowed: 403,
  table_not_allowed: 403,
  function_not_allowed: 403,
  read_only: 403,
  syntax_error: 422,
  query_timeout: 422,
  memory_limit: 422,
  query_failed: 422,
  too_many_queries: 429,
  queue_timeout: 503,
  sql_disabled: 503,
};
const RETRY_LATER = new Set<AnalystQueryError['code']>(['too_many_queries', 'queue_timeout']);

export const analystQueryRoutes = [
  route({
    method: 'post',
    path: '/v1/admin/analytics/query',
    operationId: 'adminRunAnalystQuery',
    tag: 'admin',
    access: 'analytics.query',
    summary:
      "Runs an analyst's own SELECT on ClickHouse: checked from its parse against allowlists of syntax, functions and the analytics database's tables, then run read-only within row, time and memory limits; fair-use queued per analyst; audited before it runs",
    onInvalidInput: ({ ctx, user, body, error }) => auditRefusedInput(ctx, user.id, body, error.code),
    body: z.strictObject({ sql: z.string().trim().min(1, 'must not be empty').max(MAX_SQL_LENGTH, `must be at most ${MAX_SQL_LENGTH} characters`) }),
    responses: {
      200: {
        description: 'Columns with their ClickHouse types and the rows; `truncated` when more rows matched than the limit',
        schema: z
          .object({
            columns: z.array(z.object({ name: z.string(), type: z.string() })),
            rows: z.array(z.record(z.string(), z.unknown())),
            truncated: z.boolean(),
            max_rows: z.number().int(),
          })
          .meta({ id: 'AnalystQueryResult' }),
      },
      400: { description: 'Empty, over-long, or not well-formed text: a lone surrogate or a NUL character (`validation_failed`, naming `sql`); audited like any refusal' },
      403: {
        description:
          'Not a single SELECT, or a setting, table or function outside the allowlists (`select_only`, `settings_not_allowed`, `table_not_allowed`, `function_not_allowed`, `read_only`)',
      },
      422: { description: 'ClickHouse could not run it: `syntax_error`, `query_timeout`, `memory_limit`, `query_failed`' },
      429: { description: 'The analyst already has the most queries running and waiting (`too_many_queries`); see Retry-After' },
      503: { description: 'No slot came free in time (`queue_timeout`, with Retry-After), or the SQL page is disabled by configuration (`sql_disabled`)' },
    },
    handler: async ({ ctx, user, body }) => {
      try {
        const result = await runAuditedQuery(ctx, user.id, body.sql);
        return { status: 200, body: { ...result, max_rows: ctx.config.ANALYST_QUERY_MAX_ROWS } };
      } catch (err) {
        if (!(err instanceof AnalystQueryError)) throw err;
        const problem = new AppError(STATUS[err.code], err.code, err.message, [{ field: 'sql', message: err.message }]);
        if (!RETRY_LATER.has(err.code)) throw problem;
        // A slot frees within one query's time limit.
        const headers = { 'Content-Type': 'application/problem+json', 'Retry-After': String(ctx.config.ANALYST_QUERY_TIMEOUT_SECONDS) };
        return { status: problem.status, headers, body: problemBody(problem, '/v1/admin/analytics/query') };
      }
    },
  }),
];
