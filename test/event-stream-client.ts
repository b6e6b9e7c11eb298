export interface StreamEvent {
  id?: string;
  event: string;
  data: any;
}

/** A real streaming HTTP client for the Server-Sent Events endpoint: events are parsed as they arrive; `next` waits for the first that matches. */
export interface EventStreamClient {
  status: number;
  headers: Headers;
  events: StreamEvent[];
  /** Comment lines received (heartbeats). */
  comments: string[];
  next(match?: (e: StreamEvent) => boolean, timeoutMs?: number): Promise<StreamEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

export async function openEventStream(
  baseUrl: string,
  opts: { token?: string; query?: string; headers?: Record<string, string> } = {},
): Promise<EventStreamClient & { body?: any }> {
  const abort = new AbortController();
  const headers = { accept: 'text/event-stream', ...opts.headers, ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}) };
  const res = await fetch(`${baseUrl}/v1/realtime/events${opts.query ? `?${opts.query}` : ''}`, { headers, signal: abort.signal });
  const events: StreamEvent[] = [];
  const comments: string[] = [];
  const waiters: { match: (e: StreamEvent) => boolean; resolve: (e: StreamEvent) => void }[] = [];
  const deliver = (e: StreamEvent) => {
    const i = waiters.findIndex((w) => w.match(e));
    if (i >= 0) waiters.splice(i, 1)[0]!.resolve(e);
    else events.push(e);
  };
  if (!res.headers.get('content-type')?.startsWith('text/event-stream')) {
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text ? JSON.parse(text) : undefined,
      events,
      comments,
      next: () => Promise.reject(new Error('no stream')),
      ended: Promise.resolve(),
      close: () => undefined,
    };
  }
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const e: Partial<StreamEvent> & { dataLines: string[] } = { dataLines: [] };
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('id: ')) e.id = line.slice(4);
            else if (line.startsWith('event: ')) e.event = line.slice(7);
            else if (line.startsWith('data: ')) e.dataLines.push(line.slice(6));
          }
          if (e.dataLines.length) deliver({ id: e.id, event: e.event ?? 'message', data: JSON.parse(e.dataLines.join('\n')) });
        }
      }
    } catch (err) {
      if ((err as Error).name !== 'AbortError') throw err;
    }
  })();
  return {
    status: res.status,
    headers: res.headers,
    events,
    comments,
    next(match = () => true, timeoutMs = 10_000) {
      const i = events.findIndex(match);
      if (i >= 0) return Promise.resolve(events.splice(i, 1)[0]!);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve: (e: StreamEvent) => (clearTimeout(timer), resolve(e)) };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error(`no matching event within ${timeoutMs} ms; queued: ${JSON.stringify(events).slice(0, 500)}`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    ended,
    close: () => abort.abort(),
  };
}
