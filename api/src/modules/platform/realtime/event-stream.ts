import type { AuthUser } from '../../../auth-user';
import type { AppContext } from '../../../context';
import type { Connection, Hub } from './hub';
import { CLOSE, type ServerFrame } from './protocol';

/**
 * One frame in the text/event-stream format. A stream event carries `id:` (its cursor, which the
 * browser sends back as Last-Event-ID when it reconnects) and `event:` (its type); a topic event its
 * type and topic; the protocol's own frames (hello, reset, close) their frame type. Data is one JSON line.
 */
export function eventStreamFrame(frame: ServerFrame): string {
  if (frame.type === 'event') return `id: ${frame.cursor}\nevent: ${frame.event.type}\ndata: ${JSON.stringify({ cursor: frame.cursor, ...frame.event })}\n\n`;
  if (frame.type === 'topic') return `event: ${frame.event.type}\ndata: ${JSON.stringify({ topic: frame.topic, ...frame.event })}\n\n`;
  if (frame.type === 'reset') return `id: ${frame.cursor}\nevent: reset\ndata: ${JSON.stringify(frame)}\n\n`;
  return `event: ${frame.type}\ndata: ${JSON.stringify(frame)}\n\n`;
}

export interface EventStreamOptions {
  user: AuthUser;
  sessionHash: Buffer;
  validUntil: Date;
  cursor: number | undefined;
  /** Already authorized (hub.canWatch). */
  topics: readonly string[];
}

/**
 * The Server-Sent Events transport: a hub connection whose frames are queued as text for the HTTP
 * response to pull. The response pulls only as fast as the client reads, so a queue past
 * REALTIME_MAX_BUFFERED_BYTES means a slow consumer, closed as a socket would be (1013). A close is
 * announced as a last `close` event (code and reason, as a socket's close frame) before the stream ends.
 */
export async function openEventStream(ctx: AppContext, hub: Hub, opts: EventStreamOptions): Promise<AsyncIterableIterator<string>> {
  const queue: string[] = [];
  let queuedBytes = 0;
  let ended = false;
  let wake: (() => void) | undefined;
  const push = (chunk: string) => {
    if (ended) return;
    if (queuedBytes > ctx.config.REALTIME_MAX_BUFFERED_BYTES) return conn.close(CLOSE.slowConsumer, 'slow consumer: reconnect with your cursor');
    queue.push(chunk);
    queuedBytes += chunk.length;
    wake?.();
  };
  const conn: Connection = {
    user: opts.user,
    sessionHash: opts.sessionHash,
    sent: 0,
    checkAfter: opts.validUntil,
    topics: new Set(),
    openedAt: performance.now(),
    send: (frame) => push(eventStreamFrame(frame)),
    close(code, reason) {
      if (ended) return;
      queue.push(`event: close\ndata: ${JSON.stringify({ code, reason })}\n\n`);
      ended = true;
      wake?.();
    },
  };
  // Comments keep proxies from timing the stream out; each beat also re-checks the session.
  const heartbeat = setInterval(() => {
    push(': heartbeat\n\n');
    void hub.recheck(conn);
  }, ctx.config.REALTIME_HEARTBEAT_MS);
  heartbeat.unref();
  const stop = () => {
    ended = true;
    clearInterval(heartbeat);
    hub.detach(conn);
    wake?.();
  };
  try {
    await hub.attach(conn, opts.cursor, opts.topics);
  } catch (err) {
    stop();
    throw err;
  }

  const iterator: AsyncIterableIterator<string> = {
    async next() {
      while (queue.length === 0 && !ended) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      if (queue.length === 0) {
        stop();
        return { done: true, value: undefined };
      }
      const chunk = queue.splice(0, queue.length).join('');
      queuedBytes = 0;
      return { done: false, value: chunk };
    },
    // The client went away (the response was destroyed).
    async return() {
      stop();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
