import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB, DisputeEvidenceTable } from '../../../db/schema';
import { type EncryptedTable, type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';

const TABLE = 'dispute_evidence';
/** For the key rotation job: evidence files are envelope-encrypted like identity documents. */
export const EVIDENCE_TABLE: EncryptedTable = { table: TABLE, idColumn: 'id' };
// Listing never reads the content column.
const METADATA = ['id', 'dispute_id', 'author_id', 'kind', 'text', 'filename', 'content_type', 'size_bytes', 'created_at'] as const;

export interface Evidence {
  id: string;
  dispute_id: string;
  author_id: string;
  kind: DisputeEvidenceTable['kind'];
  text: string | null;
  filename: string | null;
  content_type: DisputeEvidenceTable['content_type'];
  size_bytes: number | null;
  created_at: Date;
}

export type NewEvidence = { kind: 'text'; text: string } | { kind: 'file'; filename: string; contentType: NonNullable<DisputeEvidenceTable['content_type']>; content: Buffer };

/** The id is made here, before sealing: it is part of the ciphertext's AAD. */
export function insertEvidence(trx: Transaction<DB>, keyring: Keyring, disputeId: string, authorId: string, e: NewEvidence, now: Date): Promise<Evidence> {
  const id = randomUUID();
  const base = { id, dispute_id: disputeId, author_id: authorId, created_at: now };
  if (e.kind === 'text') {
    return trx
      .insertInto(TABLE)
      .values({ ...base, kind: 'text', text: e.text })
      .returning(METADATA)
      .executeTakeFirstOrThrow();
  }
  const { dataKey, ciphertexts } = sealRecord(keyring, { table: TABLE, id }, { content: e.content });
  return trx
    .insertInto(TABLE)
    .values({
      ...base,
      kind: 'file',
      filename: e.filename,
      content_type: e.contentType,
      size_bytes: e.content.length,
      key_id: dataKey.keyId,
      wrapped_key: dataKey.wrapped,
      content: ciphertexts.content,
    })
    .returning(METADATA)
    .executeTakeFirstOrThrow();
}

export function listEvidence(db: Kysely<DB> | Transaction<DB>, disputeId: string): Promise<Evidence[]> {
  return db.selectFrom(TABLE).select(METADATA).where('dispute_id', '=', disputeId).orderBy('created_at').orderBy('id').limit(1000).execute();
}

/** A file's decrypted bytes, or undefined when the evidence is not a file of this dispute. */
export async function readEvidenceFile(db: Kysely<DB>, keyring: Keyring, disputeId: string, evidenceId: string) {
  const row = await db
    .selectFrom(TABLE)
    .select(['id', 'filename', 'content_type', 'key_id', 'wrapped_key', 'content'])
    .where('id', '=', evidenceId)
    .where('dispute_id', '=', disputeId)
    .where('kind', '=', 'file')
    .executeTakeFirst();
  if (!row?.content || !row.key_id || !row.wrapped_key) return undefined;
  const { content } = openRecord(keyring, { table: TABLE, id: row.id }, { keyId: row.key_id, wrapped: row.wrapped_key }, { content: row.content });
  return { filename: row.filename!, contentType: row.content_type!, content };
}

export function toEvidenceResponse(e: Evidence) {
  return {
    id: e.id,
    author_id: e.author_id,
    kind: e.kind,
    text: e.text,
    filename: e.filename,
    content_type: e.content_type,
    size_bytes: e.size_bytes,
    created_at: e.created_at.toISOString(),
  };
}
