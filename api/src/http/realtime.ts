import { type IncomingMessage, type Server, STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { AppContext } from '../context';
import { limitKey } from '../adapters/rate-limits';
import { CLOSE, type Connection, type Hub, type RealtimeChannels, type ServerFrame, createHub, listenToBus } from '../modules/platform/realtime';
import { hashToken, resolveSession } from '../modules/marketplace/users';
import { authenticate, type CredentialSource, credential } from './auth';
import { AppError } from './errors';
import { asAppError, problemBody } from './problem';
import { consume } from './throttle';

export const REALTIME_PATH = '/v1/realtime';

export interface Realtime {
  hub: Hub;
  close(): Promise<void>;
}

/**
 * The WebSocket endpoint on `server`: `GET /v1/realtime[?cursor=N]` upgrades once the caller is
 * authenticated (bearer header, or the console's session cookie from our own origin) and within the
 * API budget; anything else is answered in HTTP with problem+json before any socket exists.
 */
export async function attachRealtime(server: Server, ctx: AppContext, databaseUrl: string, channels: RealtimeChannels): Promise<Realtime> {
  const hub = createHub(ctx, channels, {
    async checkSession(conn) {
      const session = await resolveSession(ctx.db, conn.sessionHash, ctx.clock.now());
      return session?.validUntil ?? null;
    },
  });
  const bus = await listenToBus(
    databaseUrl,
    ctx.logger,
    (m) => hub.onBus(m),
    () => hub.resync(),
  );
  const wss = new WebSocketServer({ noServer: true, maxPayload: ctx.config.REALTIME_MAX_FRAME_BYTES, perMessageDeflate: false });
  const alive = new WeakSet<WebSocket>();
  const live = new Map<WebSocket, Connection>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== REALTIME_PATH) return refuse(socket, new AppError(404, 'not_found', `No WebSocket endpoint at ${url.pathname}`));
    admit(ctx, req, url).then(
      ({ user, token, validUntil, cursor }) =>
        wss.handleUpgrade(req, socket, head, (ws) => {
          const conn: Connection = {
            user,
            sessionHash: hashToken(token),
            sent: 0,
            checkAfter: validUntil,
            topics: new Set(),
            openedAt: performance.now(),
            send(frame) {
              if (ws.readyState !== ws.OPEN) return;
              // A client that stops reading would have us buffer without bound: it reconnects with its cursor instead.
              if (ws.bufferedAmount > ctx.config.REALTIME_MAX_BUFFERED_BYTES) return ws.close(CLOSE.slowConsumer, 'slow consumer: reconnect with your cursor');
              ws.send(encode(frame));
            },
            close: (code, reason) => ws.close(code, reason),
          };
          alive.add(ws);
          live.set(ws, conn);
          ws.on('pong', () => alive.add(ws));
          ws.on('message', (data, isBinary) => {
            if (isBinary) return conn.send({ type: 'error', code: 'invalid_frame', detail: 'Frames are JSON text' });
            void hub.receive(conn, data.toString());
          });
          // An oversized frame (1009) or a broken one closes the socket; the error is the client's.
          ws.on('error', () => undefined);
          ws.on('close', () => {
            live.delete(ws);
            hub.detach(conn);
          });
          hub.attach(conn, cursor).catch((err: unknown) => {
            ctx.logger.error({ err }, 'realtime attach failed');
            ws.close(1011, 'internal error');
          });
        }),
      (err: unknown) => {
        const known = asAppError(err);
        if (!known) ctx.logger.error({ err }, 'realtime upgrade failed');
        refuse(socket, known ?? new AppError(500, 'internal_error', 'The connection could not be opened'));
      },
    );
  };
  server.on('upgrade', onUpgrade);

  // Heartbeats: a socket that did not answer the last ping is gone (a dead network, a sleeping phone).
  const heartbeat = setInterval(() => {
    for (const [ws, conn] of live) {
      if (!alive.has(ws)) {
        ws.terminate();
        continue;
      }
      alive.delete(ws);
      ws.ping();
      void hub.recheck(conn);
    }
  }, ctx.config.REALTIME_HEARTBEAT_MS);
  heartbeat.unref();

  return {
    hub,
    async close() {
      server.off('upgrade', onUpgrade);
      clearInterval(heartbeat);
      hub.closeAll(CLOSE.goingAway, 'server shutting down');
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await bus.close();
    },
  };
}

// A topic event goes to thousands of sockets as one frame object: serialize it once.
const encoded = new WeakMap<ServerFrame, string>();
function encode(frame: ServerFrame): string {
  let text = encoded.get(frame);
  if (text === undefined) encoded.set(frame, (text = JSON.stringify(frame)));
  return text;
}

/** Who is connecting and from where in their stream, or the HTTP refusal. */
async function admit(ctx: AppContext, req: IncomingMessage, url: URL) {
  const secure = 'encrypted' in req.socket || (ctx.config.TRUST_PROXY !== false && req.headers['x-forwarded-proto'] === 'https');
  const source: CredentialSource = { get: (name) => header(req, name), secure };
  const presented = credential(source);
  // The session cookie is ambient: only our own pages may ride on it (no cross-site WebSocket hijacking).
  if (presented?.via === 'cookie') {
    const origin = header(req, 'origin');
    if (origin === undefined || new URL(origin).host !== header(req, 'host')) {
      throw new AppError(403, 'cross_origin', 'A console session may only be used from the console', [{ field: 'header.Origin', message: 'must be this server' }]);
    }
  }
  const { user, token } = await authenticate(ctx.db, ctx.sessions, source, ctx.clock.now());
  await consume(ctx.rateLimits.budgets.api, limitKey('user', user.id));
  const raw = url.searchParams.get('cursor');
  if (raw !== null && !/^\d{1,15}$/.test(raw))
    throw new AppError(400, 'invalid_request', 'cursor must be a non-negative integer', [{ field: 'query.cursor', message: 'must be a non-negative integer' }]);
  const session = await resolveSession(ctx.db, hashToken(token), ctx.clock.now());
  if (!session) throw new AppError(401, 'unauthenticated', 'A valid bearer token or console session is required');
  return { user, token, validUntil: session.validUntil, cursor: raw === null ? undefined : Number(raw) };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name.toLowerCase()];
  return Array.isArray(v) ? v[0] : v;
}

/** An HTTP answer on the raw socket of a refused upgrade, in the API's problem+json shape. */
function refuse(socket: Duplex, err: AppError): void {
  const body = JSON.stringify(problemBody(err));
  const headers = [
    `HTTP/1.1 ${err.status} ${STATUS_CODES[err.status]}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
  ];
  for (const [name, value] of Object.entries(err.headers ?? {})) headers.push(`${name}: ${String(value)}`);
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
}
