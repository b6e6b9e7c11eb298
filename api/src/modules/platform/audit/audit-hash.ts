import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The prev_hash of entry 1: there is nothing before it. */
export const GENESIS_HASH: Buffer = Buffer.alloc(32);

/** The hashed fields of an audit entry, exactly as Postgres returns them. */
export interface ChainedFields {
  seq: number;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  details: unknown;
  created_at: Date;
}

/** SHA-256 over the previous entry's hash and this entry's canonical JSON. */
export function entryHash(prevHash: Buffer, fields: ChainedFields): Buffer {
  const { seq, actor_id, action, entity_type, entity_id, details, created_at } = fields;
  const json = canonicalJson({ seq, actor_id, action, entity_type, entity_id, details, created_at });
  return createHash('sha256').update(prevHash).update(json, 'utf8').digest();
}

/** bigint columns arrive as strings; seq stays far below 2^53. */
export function seqNumber(seq: string | number): number {
  const n = Number(seq);
  if (!Number.isSafeInteger(n)) throw new RangeError(`audit seq ${seq} is not a safe integer`);
  return n;
}
