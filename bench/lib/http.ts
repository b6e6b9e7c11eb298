// A lean keep-alive JSON client for load generation. The load generator shares the machine with
// the app and the database, so it uses node:http directly: fetch costs several times more CPU per
// request, which would be taken from the system under test.
import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';

export interface HttpResult<T = unknown> {
  /** 0 when no response arrived (connection error, timeout). */
  status: number;
  body: T;
  /** performance.now() when the request was handed to the socket layer, and when its body ended. */
  startedAt: number;
  endedAt: number;
  /** Set when status is 0. */
  error?: string;
}

export interface RequestOptions {
  token?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface HttpClient {
  request<T = any>(method: string, path: string, opts?: RequestOptions): Promise<HttpResult<T>>;
  close(): void;
}

export function createHttpClient(baseUrl: string, opts: { maxSockets: number; timeoutMs?: number }): HttpClient {
  const url = new URL(baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: opts.maxSockets, maxFreeSockets: opts.maxSockets });
  const timeoutMs = opts.timeoutMs ?? 30_000;

  return {
    request(method, path, { token, body, headers: extra } = {}) {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers: Record<string, string> = { accept: 'application/json', ...extra };
      if (token) headers.authorization = `Bearer ${token}`;
      if (payload !== undefined) {
        headers['content-type'] = 'application/json';
        headers['content-length'] = String(Buffer.byteLength(payload));
      }
      return new Promise((resolve) => {
        const startedAt = performance.now();
        const fail = (error: string) => resolve({ status: 0, body: undefined as never, startedAt, endedAt: performance.now(), error });
        const req = httpRequest({ agent, host: url.hostname, port: url.port, method, path, headers, timeout: timeoutMs }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('error', (err) => fail(err.message));
          res.on('end', () => {
            const endedAt = performance.now();
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : undefined;
            } catch {
              // keep non-JSON bodies as text
            }
            resolve({ status: res.statusCode ?? 0, body: parsed as never, startedAt, endedAt });
          });
        });
        req.on('timeout', () => req.destroy(new Error(`timed out after ${timeoutMs} ms`)));
        req.on('error', (err) => fail(err.message));
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

/** Polls `url` until it answers 200, failing early if `alive()` turns false. */
export async function waitForHttp(url: string, opts: { timeoutMs: number; alive?: () => string | null }): Promise<void> {
  const deadline = Date.now() + opts.timeoutMs;
  const u = new URL(url);
  const client = createHttpClient(u.origin, { maxSockets: 1, timeoutMs: 2_000 });
  try {
    let last = 'no answer';
    while (Date.now() < deadline) {
      const dead = opts.alive?.();
      if (dead) throw new Error(dead);
      const res = await client.request('GET', u.pathname + u.search);
      if (res.status === 200) return;
      last = res.status ? `HTTP ${res.status} ${JSON.stringify(res.body)}` : (res.error ?? 'no answer');
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${url} did not answer 200 within ${opts.timeoutMs} ms (last: ${last})`);
  } finally {
    client.close();
  }
}
