import WebSocket from 'ws';

export interface Frame {
  type: string;
  [key: string]: any;
}

/** A real WebSocket client for tests: frames are queued, `next` waits for the first that matches. */
export interface RealtimeClient {
  ws: WebSocket;
  frames: Frame[];
  next(match?: (f: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  send(frame: unknown): void;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export function realtimeUrl(baseUrl: string, cursor?: number): string {
  return `${baseUrl.replace(/^http/, 'ws')}/v1/realtime${cursor === undefined ? '' : `?cursor=${cursor}`}`;
}

/** Opens a socket; resolves once the server's hello arrived (rejects with the HTTP status of a refused upgrade). */
export async function connectRealtime(baseUrl: string, opts: { token?: string; cursor?: number; headers?: Record<string, string> } = {}): Promise<RealtimeClient> {
  const headers = { ...opts.headers, ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) };
  const ws = new WebSocket(realtimeUrl(baseUrl, opts.cursor), { headers });
  const frames: Frame[] = [];
  const waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as Frame;
    const i = waiters.findIndex((w) => w.match(frame));
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(frame);
    else frames.push(frame);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => reject(Object.assign(new Error(`upgrade refused: ${res.statusCode}`), { status: res.statusCode, body: body ? JSON.parse(body) : undefined })));
    });
    ws.once('error', reject);
  });
  const client: RealtimeClient = {
    ws,
    frames,
    next(match = () => true, timeoutMs = 10_000) {
      const i = frames.findIndex(match);
      if (i >= 0) return Promise.resolve(frames.splice(i, 1)[0]!);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (f: Frame) => (clearTimeout(timer), resolve(f)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no matching frame within ${timeoutMs} ms; queued: ${JSON.stringify(frames).slice(0, 500)}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    send: (frame) => ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame)),
    closed,
    close: () => ws.close(),
  };
  await client.next((f) => f.type === 'hello');
  return client;
}
