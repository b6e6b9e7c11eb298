import { type Kysely, sql, type Transaction } from 'kysely';
import type { DB } from '../../../db/schema';
import { BUS_CHANNEL, MAX_TOPIC_PAYLOAD_BYTES } from './bus-message';
import type { RealtimeEvent } from './realtime-events.repository';

/**
 * Tells everyone watching `topic` (on any API process) about `event`, ephemerally: nothing is stored,
 * so only what a client can fetch again belongs here (a typing indicator, an auction's new price). In
 * a transaction it is sent at commit, or not at all. The event must not carry personal data: it
 * passes through Postgres's notification queue.
 */
export async function publishToTopic(db: Kysely<DB> | Transaction<DB>, topic: string, event: RealtimeEvent): Promise<void> {
  const payload = JSON.stringify({ k: 't', t: topic, e: event });
  if (Buffer.byteLength(payload) > MAX_TOPIC_PAYLOAD_BYTES) throw new Error(`topic event ${event.type} is over ${MAX_TOPIC_PAYLOAD_BYTES} bytes`);
  await sql`SELECT pg_notify(${BUS_CHANNEL}, ${payload})`.execute(db);
}
