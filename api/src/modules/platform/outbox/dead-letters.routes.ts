import { z } from 'zod';
import { page, PageQuery, pageResponse } from '../../../http/pagination';
import { route } from '../../../http/route';
import { type DeadLetterRow, listDeadLetters } from './dead-letters.repository';

// The payload is included: only admins hold `events.read`, and fixing the emitter or the schema
// (then replaying the event) needs it. It can hold personal data, hence no wider role.
const DeadLetterResponse = z
  .object({
    id: z.uuid(),
    event_type: z.string(),
    event_version: z.number().int().nullable(),
    aggregate_type: z.string(),
    aggregate_id: z.string(),
    reason: z.string(),
    payload: z.unknown(),
    occurred_at: z.iso.datetime(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: 'DeadLetter' });

const toResponse = (row: DeadLetterRow) => ({
  id: row.id,
  event_type: row.event_type,
  event_version: row.event_version,
  aggregate_type: row.aggregate_type,
  aggregate_id: row.aggregate_id,
  reason: row.reason,
  payload: row.payload,
  occurred_at: row.occurred_at.toISOString(),
  created_at: row.created_at.toISOString(),
});

export const deadLetterRoutes = [
  route({
    method: 'get',
    path: '/v1/admin/dead-letters',
    operationId: 'adminListDeadLetters',
    tag: 'admin',
    access: 'events.read',
    summary: 'Events the catalogue refused (unknown type or invalid payload), newest first, with the failing fields',
    query: PageQuery.strict(),
    responses: { 200: { description: 'A page of dead letters', schema: pageResponse(DeadLetterResponse) } },
    handler: async ({ ctx, query }) => {
      const rows = await listDeadLetters(ctx.db, query);
      return { status: 200, body: page(rows, query.limit, toResponse) };
    },
  }),
];
