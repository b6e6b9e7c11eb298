import { z } from 'zod';

/** The Postgres NOTIFY channel every API process listens on. */
export const BUS_CHANNEL = 'agora_realtime';

/** NOTIFY payloads are capped at 8000 bytes; topic events must stay well under. */
export const MAX_TOPIC_PAYLOAD_BYTES = 7000;

/**
 * What travels between processes. User events travel as a pointer (the users whose streams grew: each
 * process reads what its sockets lack from the store), so nothing personal passes through the
 * notification queue; topic events are ephemeral (typing, an auction's bids) and travel whole.
 */
export const BusMessage = z.discriminatedUnion('k', [
  z.object({ k: z.literal('u'), u: z.array(z.string()) }),
  z.object({ k: z.literal('t'), t: z.string(), e: z.object({ type: z.string(), data: z.record(z.string(), z.unknown()) }) }),
  // A session of this user was revoked: re-check that user's sockets.
  z.object({ k: z.literal('s'), u: z.string() }),
]);
export type BusMessage = z.infer<typeof BusMessage>;
