import { z } from 'zod';
import { notFound, DomainError } from '../../../errors';
import { AppError } from '../../../http/errors';
import { type Reply, route } from '../../../http/route';
import { hashToken, resolveSession } from '../../marketplace/users';
import { openEventStream } from './event-stream';
import { hubOf } from './hub';

// The WebSocket itself is served by http/realtime.ts on the server's upgrade event, before Express;
// this route documents it and answers the plain GETs that reach Express (no Upgrade header).

const CursorParam = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const LAST_EVENT_ID = /^\d{1,15}$/;
const EVENT_STREAM = 'text/event-stream';

const TopicList = z
  .string()
  .max(50 * 201)
  .transform((raw) => [...new Set(raw.split(',').filter((t) => t !== ''))])
  .pipe(
    z
      .array(
        z
          .string()
          .min(3)
          .max(200)
          .regex(/^[a-z_]+:.+$/, 'must be family:id'),
      )
      .max(50, 'at most 50 topics'),
  );

export const realtimeRoutes = [
  route({
    method: 'get',
    path: '/v1/realtime',
    operationId: 'openRealtimeSocket',
    tag: 'realtime',
    access: 'user',
    summary: 'Open the real-time WebSocket: send Upgrade: websocket; `cursor` resumes after the last one received (README: frames, cursors, close codes)',
    query: z.strictObject({ cursor: CursorParam.optional().meta({ description: 'The last cursor received' }) }),
    responses: { 101: { description: 'Switching Protocols: the WebSocket is open' }, 426: { description: 'This endpoint speaks WebSocket only' } },
    handler: async () => ({
      status: 426,
      headers: { Upgrade: 'websocket', 'Content-Type': 'application/problem+json' },
      body: { type: 'about:blank', title: 'Upgrade Required', status: 426, code: 'upgrade_required', detail: 'GET /v1/realtime opens a WebSocket: send Upgrade: websocket' },
    }),
  }),
  route({
    method: 'get',
    path: '/v1/realtime/events',
    operationId: 'openRealtimeEventStream',
    tag: 'realtime',
    access: 'user',
    summary:
      'The real-time stream as Server-Sent Events, for clients that cannot open a WebSocket: send Accept: text/event-stream; resume with Last-Event-ID or `cursor`; watch `topics` (README: real-time protocol)',
    query: z.strictObject({
      cursor: CursorParam.optional().meta({ description: 'The last cursor received (Last-Event-ID wins when both are sent)' }),
      topics: TopicList.optional().meta({ description: 'Comma-separated topics to watch, e.g. auction:<id>' }),
    }),
    responses: {
      200: {
        description: 'An endless text/event-stream: id = cursor, event = type, data = JSON; comments as heartbeats; a last `close` event when the session ends',
        contentTypes: [EVENT_STREAM],
      },
      404: { description: 'A topic that does not exist or that you may not watch' },
      406: { description: 'Accept does not name text/event-stream' },
      503: { description: 'This process serves no real-time clients' },
    },
    handler: async ({ ctx, user, token, query, header, accepts }): Promise<Reply> => {
      // Only a client that asked for a stream gets one: anything else would hang on an endless response.
      if (!header('accept')?.includes(EVENT_STREAM) || accepts([EVENT_STREAM]) !== EVENT_STREAM) {
        return {
          status: 406,
          headers: { 'Content-Type': 'application/problem+json' },
          body: {
            type: 'about:blank',
            title: 'Not Acceptable',
            status: 406,
            code: 'not_acceptable',
            detail: `GET /v1/realtime/events answers ${EVENT_STREAM} only`,
            errors: [{ field: 'header.Accept', message: `must accept ${EVENT_STREAM}` }],
          },
        };
      }
      const lastEventId = header('last-event-id');
      if (lastEventId !== undefined && !LAST_EVENT_ID.test(lastEventId))
        throw new AppError(400, 'invalid_request', 'Last-Event-ID must be a cursor (a non-negative integer)', [
          { field: 'header.Last-Event-ID', message: 'must be a non-negative integer' },
        ]);
      const hub = hubOf(ctx);
      if (!hub) throw new DomainError('unavailable', 'realtime_unavailable', 'This server serves no real-time clients');
      const topics = query.topics ?? [];
      for (const topic of topics) if (!(await hub.canWatch(user, topic))) throw notFound(`Topic ${topic}`);
      const sessionHash = hashToken(token);
      const session = await resolveSession(ctx.db, sessionHash, ctx.clock.now());
      if (!session) throw new DomainError('unauthenticated', 'unauthenticated', 'A valid bearer token or console session is required');
      const cursor = lastEventId !== undefined ? Number(lastEventId) : query.cursor;
      return {
        status: 200,
        headers: { 'Content-Type': `${EVENT_STREAM}; charset=utf-8`, 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' },
        stream: await openEventStream(ctx, hub, { user, sessionHash, validUntil: session.validUntil, cursor, topics }),
      };
    },
  }),
];
