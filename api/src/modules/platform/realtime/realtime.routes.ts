import { z } from 'zod';
import { route } from '../../../http/route';

// The WebSocket itself is served by http/realtime.ts on the server's upgrade event, before Express;
// this route documents it and answers the plain GETs that reach Express (no Upgrade header).

export const realtimeRoutes = [
  route({
    method: 'get',
    path: '/v1/realtime',
    operationId: 'openRealtimeSocket',
    tag: 'realtime',
    access: 'user',
    summary: 'Open the real-time WebSocket: send Upgrade: websocket; `cursor` resumes after the last one received (README: frames, cursors, close codes)',
    query: z.strictObject({ cursor: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional().meta({ description: 'The last cursor received' }) }),
    responses: { 426: { description: 'This endpoint speaks WebSocket only' } },
    handler: async () => ({
      status: 426,
      headers: { Upgrade: 'websocket', 'Content-Type': 'application/problem+json' },
      body: { type: 'about:blank', title: 'Upgrade Required', status: 426, code: 'upgrade_required', detail: 'GET /v1/realtime opens a WebSocket: send Upgrade: websocket' },
    }),
  }),
];
