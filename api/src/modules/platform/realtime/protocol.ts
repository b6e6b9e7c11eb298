import { z } from 'zod';

// The real-time protocol, both ways. Every frame is one JSON object with a `type`. The README's
// "Real-time protocol" section is the reference for app developers; keep the two together.

/** Close codes besides the standard ones (1001 going away, 1008 policy, 1009 too big, 1011 error, 1013 slow consumer). */
export const CLOSE = {
  /** The session ended: logout, revocation, expiry, suspension. Sign in again before reconnecting. */
  sessionEnded: 4001,
  /** The user opened more sockets than REALTIME_MAX_SOCKETS_PER_USER; the oldest was closed. */
  replaced: 4002,
  /** The client kept sending frames it was refused for (malformed, over the rate). */
  policy: 1008,
  /** The client did not read fast enough: reconnect with the last cursor; nothing is lost. */
  slowConsumer: 1013,
  goingAway: 1001,
} as const;

const Ref = z.string().max(64).optional();

/** The protocol's own client frames; modules add theirs (FrameKind) with their own schemas. */
export const Ping = z.strictObject({ type: z.literal('ping'), ref: Ref });
export const Subscribe = z.strictObject({ type: z.enum(['subscribe', 'unsubscribe']), topic: z.string().min(3).max(200), ref: Ref });

/** Every client frame: its type picks the schema; `ref`, if given, comes back on the answer or error. */
export const ClientFrameHead = z.object({ type: z.string().min(1).max(64), ref: Ref });

export type ServerFrame =
  | { type: 'hello'; cursor: number; heartbeat_ms: number; user_id: string }
  | { type: 'event'; cursor: number; event: { type: string; data: Record<string, unknown>; at: string } }
  | { type: 'reset'; cursor: number; detail: string }
  | { type: 'topic'; topic: string; event: { type: string; data: Record<string, unknown> } }
  | { type: 'subscribed' | 'unsubscribed'; topic: string; ref?: string }
  | { type: 'pong'; ref?: string }
  | { type: 'ok'; ref?: string }
  | { type: 'error'; code: string; detail: string; field?: string; ref?: string };
