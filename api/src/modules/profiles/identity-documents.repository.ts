import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { afterCursor } from '../../db/keyset';
import type { DB, IdentityDocumentsTable } from '../../db/schema';
import type { Cursor } from '../../http/pagination';
import { type Keyring, sealRecord } from '../crypto';

const TABLE = 'identity_documents';
// Listing never reads the content column.
const METADATA = ['id', 'user_id', 'kind', 'content_type', 'size_bytes', 'status', 'created_at'] as const;

export interface IdentityDocument {
  id: string;
  user_id: string;
  kind: IdentityDocumentsTable['kind'];
  content_type: IdentityDocumentsTable['content_type'];
  size_bytes: number;
  status: IdentityDocumentsTable['status'];
  created_at: Date;
}

export interface NewIdentityDocument {
  userId: string;
  kind: IdentityDocument['kind'];
  contentType: IdentityDocument['content_type'];
  content: Buffer;
}

/** The id is made here, before sealing: it is part of the ciphertext's AAD. */
export function insertIdentityDocument(db: Kysely<DB>, keyring: Keyring, doc: NewIdentityDocument, now: Date): Promise<IdentityDocument> {
  const id = randomUUID();
  const { dataKey, ciphertexts } = sealRecord(keyring, { table: TABLE, id }, { content: doc.content });
  return db
    .insertInto(TABLE)
    .values({
      id, user_id: doc.userId, kind: doc.kind, content_type: doc.contentType, size_bytes: doc.content.length,
      key_id: dataKey.keyId, wrapped_key: dataKey.wrapped, content: ciphertexts.content, status: 'submitted', created_at: now,
    })
    .returning(METADATA)
    .executeTakeFirstOrThrow();
}

export function listIdentityDocuments(db: Kysely<DB>, userId: string, limit: number, cursor?: Cursor): Promise<IdentityDocument[]> {
  let query = db.selectFrom(TABLE).select(METADATA).where('user_id', '=', userId);
  if (cursor) query = query.where(afterCursor('created_at', 'id', cursor));
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
}

export function toIdentityDocumentResponse(d: IdentityDocument) {
  return { id: d.id, kind: d.kind, content_type: d.content_type, size_bytes: d.size_bytes, status: d.status, created_at: d.created_at.toISOString() };
}
