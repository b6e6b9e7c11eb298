import { z } from 'zod';
import type { AuthUser } from '../../../auth-user';
import type { AppContext } from '../../../context';
import { DomainError } from '../../../errors';
import type { BusMessage } from './bus-message';
import type { RealtimeChannels } from './channels';
import { CLOSE, ClientFrameHead, Ping, type ServerFrame, Subscribe } from './protocol';
import { eventsAfter, streamBounds } from './realtime-events.repository';

/** One open socket (WebSocket or Server-Sent Events), as the hub sees it. */
export interface Connection {
  readonly user: AuthUser;
  /** The hash of the session's token, to check that the session still holds. */
  readonly sessionHash: Buffer;
  /** The cursor of the last stream event sent. */
  sent: number;
  /** When the session must be checked again (its expiry, or its idle limit). */
  checkAfter: Date;
  readonly topics: Set<string>;
  /** Queues a frame; the transport closes the socket itself (1013) when the client stops reading. */
  send(frame: ServerFrame): void;
  close(code: number, reason: string): void;
  readonly openedAt: number;
}

export interface HubOptions {
  /** Re-resolves a connection's session: when to check again, or null when it has ended. */
  checkSession(conn: Connection): Promise<Date | null>;
}

const REPLAY_BATCH = 200;
const MAX_TOPICS = 50;
/** Client frames per second a socket may send on average, and the burst above it. */
const FRAME_RATE = 10;
const FRAME_BURST = 40;
/** Refused frames after which the socket is closed (1008). */
const MAX_REFUSALS = 50;

const frameError = (code: string, detail: string, ref?: string, field?: string): ServerFrame => ({
  type: 'error',
  code,
  detail,
  ...(field ? { field } : {}),
  ...(ref ? { ref } : {}),
});

/**
 * The process's sockets by user and by topic, fed by the bus. A user's stream is drained once per
 * burst whatever the number of their sockets: one read from the store, each socket sent what it lacks.
 */
export function createHub(ctx: AppContext, channels: RealtimeChannels, opts: HubOptions) {
  const byUser = new Map<string, Set<Connection>>();
  const byTopic = new Map<string, Set<Connection>>();
  const draining = new Map<string, { again: boolean }>();
  const buckets = new WeakMap<Connection, { tokens: number; at: number; refusals: number }>();
  const frames = new Map(channels.frames.map((f) => [f.type, f]));
  const topicKinds = new Map(channels.topics.map((t) => [t.prefix, t]));

  async function drain(userId: string): Promise<void> {
    const running = draining.get(userId);
    if (running) {
      running.again = true;
      return;
    }
    const state = { again: true };
    draining.set(userId, state);
    try {
      while (state.again) {
        state.again = false;
        const conns = byUser.get(userId);
        if (!conns?.size) break;
        const from = Math.min(...[...conns].map((c) => c.sent));
        const events = await eventsAfter(ctx.db, ctx.keyring, userId, from, REPLAY_BATCH);
        for (const c of byUser.get(userId) ?? []) {
          for (const e of events) {
            if (e.cursor <= c.sent) continue;
            c.send({ type: 'event', cursor: e.cursor, event: { type: e.type, data: e.data, at: e.at } });
            c.sent = e.cursor;
          }
        }
        if (events.length === REPLAY_BATCH) state.again = true;
      }
    } catch (err) {
      ctx.logger.error({ err, user_id: userId }, 'realtime drain failed');
    } finally {
      draining.delete(userId);
    }
  }

  function allowFrame(conn: Connection): boolean {
    const now = performance.now();
    const b = buckets.get(conn) ?? { tokens: FRAME_BURST, at: now, refusals: 0 };
    b.tokens = Math.min(FRAME_BURST, b.tokens + ((now - b.at) / 1000) * FRAME_RATE);
    b.at = now;
    buckets.set(conn, b);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  function refuse(conn: Connection, frame: ServerFrame): void {
    conn.send(frame);
    const b = buckets.get(conn);
    if (b && ++b.refusals >= MAX_REFUSALS) conn.close(CLOSE.policy, 'too many refused frames');
  }

  /** Whether `user` may watch `topic`: a known family whose kind authorizes this id. */
  async function canWatch(user: AuthUser, topic: string): Promise<boolean> {
    const [prefix, id] = [topic.slice(0, topic.indexOf(':')), topic.slice(topic.indexOf(':') + 1)];
    const kind = topicKinds.get(prefix);
    return Boolean(kind && id && (await kind.authorize(ctx, user, id)));
  }

  function watch(conn: Connection, topic: string): void {
    conn.topics.add(topic);
    let set = byTopic.get(topic);
    if (!set) byTopic.set(topic, (set = new Set()));
    set.add(conn);
  }

  async function subscribe(conn: Connection, topic: string, ref?: string): Promise<void> {
    if (!(await canWatch(conn.user, topic))) return refuse(conn, frameError('topic_not_found', `No topic ${topic} you may watch`, ref, 'topic'));
    if (!conn.topics.has(topic) && conn.topics.size >= MAX_TOPICS)
      return refuse(conn, frameError('too_many_topics', `A socket watches at most ${MAX_TOPICS} topics`, ref, 'topic'));
    watch(conn, topic);
    conn.send({ type: 'subscribed', topic, ...(ref ? { ref } : {}) });
  }

  function unsubscribe(conn: Connection, topic: string): void {
    conn.topics.delete(topic);
    const set = byTopic.get(topic);
    set?.delete(conn);
    if (set?.size === 0) byTopic.delete(topic);
  }

  const hub = {
    canWatch,
    maxTopics: MAX_TOPICS,

    /** Registers a socket and sends what it missed since `cursor` (or nothing before now, without one), then watches `topics` (already authorized). */
    async attach(conn: Connection, cursor: number | undefined, topics: readonly string[] = []): Promise<void> {
      let set = byUser.get(conn.user.id);
      if (!set) byUser.set(conn.user.id, (set = new Set()));
      if (set.size >= ctx.config.REALTIME_MAX_SOCKETS_PER_USER) {
        const oldest = [...set].sort((a, b) => a.openedAt - b.openedAt)[0]!;
        oldest.close(CLOSE.replaced, 'too many sockets for this user');
        this.detach(oldest);
      }
      const { head, oldest } = await streamBounds(ctx.db, conn.user.id);
      conn.sent = cursor ?? head;
      conn.send({ type: 'hello', cursor: head, heartbeat_ms: ctx.config.REALTIME_HEARTBEAT_MS, user_id: conn.user.id });
      // Events before the oldest kept one were pruned; a cursor from the future is not ours.
      if (cursor !== undefined && (cursor > head || (oldest !== null && cursor < oldest - 1) || (oldest === null && cursor < head))) {
        conn.sent = head;
        conn.send({ type: 'reset', cursor: head, detail: cursor > head ? 'Unknown cursor' : 'Events after this cursor are no longer kept: reload through the API' });
      }
      set.add(conn);
      for (const topic of topics) watch(conn, topic);
      await drain(conn.user.id);
    },

    detach(conn: Connection): void {
      const set = byUser.get(conn.user.id);
      set?.delete(conn);
      if (set?.size === 0) byUser.delete(conn.user.id);
      for (const t of [...conn.topics]) unsubscribe(conn, t);
    },

    /** A frame from a client: answered, or refused with an error frame (a socket refused too often is closed). */
    async receive(conn: Connection, raw: string): Promise<void> {
      if (!allowFrame(conn)) return refuse(conn, frameError('rate_limited', `At most ${FRAME_RATE} frames per second`));
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        return refuse(conn, frameError('invalid_frame', 'A frame must be one JSON object'));
      }
      const head = ClientFrameHead.safeParse(json);
      if (!head.success) return refuse(conn, frameError('invalid_frame', 'A frame must be a JSON object with a string `type`', undefined, 'type'));
      const { type, ref } = head.data;
      if (type === 'ping') {
        const p = Ping.safeParse(json);
        return p.success ? conn.send({ type: 'pong', ...(ref ? { ref } : {}) }) : refuse(conn, invalidFrame(p.error, ref));
      }
      if (type === 'subscribe' || type === 'unsubscribe') {
        const s = Subscribe.safeParse(json);
        if (!s.success) return refuse(conn, invalidFrame(s.error, ref));
        if (type === 'subscribe') return subscribe(conn, s.data.topic, ref);
        unsubscribe(conn, s.data.topic);
        return conn.send({ type: 'unsubscribed', topic: s.data.topic, ...(ref ? { ref } : {}) });
      }
      const kind = frames.get(type);
      if (!kind) return refuse(conn, frameError('unknown_frame', `Unknown frame type ${type}`, ref, 'type'));
      const parsed = kind.schema.safeParse(json);
      if (!parsed.success) return refuse(conn, invalidFrame(parsed.error, ref));
      try {
        await kind.handle(ctx, conn.user, parsed.data);
        conn.send({ type: 'ok', ...(ref ? { ref } : {}) });
      } catch (err) {
        if (!(err instanceof DomainError)) {
          ctx.logger.error({ err, frame: type }, 'realtime frame failed');
          return conn.send(frameError('internal_error', 'The frame could not be handled', ref));
        }
        refuse(conn, frameError(err.code, err.message, ref, err.fields?.[0]?.field));
      }
    },

    onBus(m: BusMessage): void {
      if (m.k === 'u') for (const u of m.u) if (byUser.has(u)) void drain(u);
      if (m.k === 't') {
        // One frame object for every watcher: the transports encode it once (see http/realtime.ts).
        const frame: ServerFrame = { type: 'topic', topic: m.t, event: m.e };
        for (const c of byTopic.get(m.t) ?? []) c.send(frame);
      }
      if (m.k === 's') {
        // Another process may have cached the session: forget it here too.
        ctx.sessions.forgetUser(m.u);
        for (const c of byUser.get(m.u) ?? []) void this.recheck(c, true);
      }
    },

    /** After the bus reconnects: anything announced meanwhile is in the store. */
    resync(): void {
      for (const u of byUser.keys()) void drain(u);
    },

    /** Closes sockets whose session ended; run at each heartbeat and when a revocation is announced. */
    async recheck(conn: Connection, force = false): Promise<void> {
      if (!force && conn.checkAfter > ctx.clock.now()) return;
      const until = await opts.checkSession(conn).catch(() => conn.checkAfter);
      if (until === null) {
        conn.close(CLOSE.sessionEnded, 'session ended');
        this.detach(conn);
      } else conn.checkAfter = until;
    },

    connections(): number {
      let n = 0;
      for (const s of byUser.values()) n += s.size;
      return n;
    },

    closeAll(code: number, reason: string): void {
      for (const set of byUser.values()) for (const c of set) c.close(code, reason);
      byUser.clear();
      byTopic.clear();
      hubs.delete(ctx);
    },
  };
  hubs.set(ctx, hub);
  return hub;
}

export type Hub = ReturnType<typeof createHub>;

// The process's hub per context, for transports served as routes (Server-Sent Events) rather than on the upgrade.
const hubs = new WeakMap<AppContext, Hub>();

/** The hub serving `ctx`'s sockets, if this process serves any (the worker role does not). */
export const hubOf = (ctx: AppContext): Hub | undefined => hubs.get(ctx);

function invalidFrame(error: z.ZodError, ref?: string): ServerFrame {
  const issue = error.issues[0]!;
  const field = issue.path.join('.') || undefined;
  return frameError('invalid_frame', field ? `${field}: ${issue.message}` : issue.message, ref, field);
}
