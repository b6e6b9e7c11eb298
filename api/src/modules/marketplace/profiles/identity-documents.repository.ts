import { randomUUID } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { type Cursor, afterCursor } from '../../../db/keyset';
import type { DB, IdentityDocumentsTable } from '../../../db/schema';
import { type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import { userColumn } from '../users';

const TABLE = 'identity_documents';
// Listing never reads the content column.
const METADATA = ['id', 'user_id', 'kind', 'content_type', 'size_bytes', 'status', 'review_reason', 'reviewed_at', 'created_at'] as const;

export interface IdentityDocument {
  id: string;
  user_id: string;
  kind: IdentityDocumentsTable['kind'];
  content_type: IdentityDocumentsTable['content_type'];
  size_bytes: number;
  status: IdentityDocumentsTable['status'];
  review_reason: string | null;
  reviewed_at: Date | null;
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
      id,
      user_id: doc.userId,
      kind: doc.kind,
      content_type: doc.contentType,
      size_bytes: doc.content.length,
      key_id: dataKey.keyId,
      wrapped_key: dataKey.wrapped,
      content: ciphertexts.content,
      status: 'submitted',
      created_at: now,
      reviewed_by: null,
      reviewed_at: null,
      review_reason: null,
    })
    .returning(METADATA)
    .executeTakeFirstOrThrow();
}

export function listIdentityDocuments(db: Kysely<DB>, userId: string, limit: number, cursor?: Cursor): Promise<IdentityDocument[]> {
  let query = db.selectFrom(TABLE).select(METADATA).where('user_id', '=', userId);
  if (cursor) query = query.where(afterCursor('created_at', 'id', cursor));
  return query
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit + 1)
    .execute();
}

export function lockIdentityDocument(trx: Transaction<DB>, id: string): Promise<IdentityDocument | undefined> {
  return trx.selectFrom(TABLE).select(METADATA).where('id', '=', id).forUpdate().executeTakeFirst();
}

export function recordReview(
  trx: Transaction<DB>,
  id: string,
  review: { status: 'approved' | 'rejected'; reviewed_by: string; reviewed_at: Date; review_reason: string | null },
): Promise<IdentityDocument> {
  return trx.updateTable(TABLE).set(review).where('id', '=', id).returning(METADATA).executeTakeFirstOrThrow();
}

/** The review queue: documents in one status with who submitted them, newest first, the viewer's own left out. */
export function listDocumentsForReview(db: Kysely<DB>, f: { status: IdentityDocument['status']; viewerId: string; limit: number; cursor?: Cursor }) {
  const { status, limit, cursor } = f;
  const userId = `${TABLE}.user_id`;
  let query = db
    .selectFrom(TABLE)
    .select(METADATA.map((c) => `${TABLE}.${c}` as const))
    .select([
      userColumn('email', userId).as('user_email'),
      userColumn('display_name', userId).as('user_display_name'),
      userColumn('identity_verified_at', userId).as('identity_verified_at'),
    ])
    .where(`${TABLE}.status`, '=', status)
    // A reviewer never sees their own documents.
    .where(`${TABLE}.user_id`, '<>', f.viewerId);
  if (cursor) query = query.where(afterCursor(`${TABLE}.created_at`, `${TABLE}.id`, cursor));
  return query
    .orderBy(`${TABLE}.created_at`, 'desc')
    .orderBy(`${TABLE}.id`, 'desc')
    .limit(limit + 1)
    .execute();
}

/** Decrypts one document for a reviewer; the caller audits the view. */
export async function readIdentityDocumentContent(trx: Transaction<DB>, keyring: Keyring, id: string): Promise<(IdentityDocument & { content: Buffer }) | undefined> {
  const row = await trx
    .selectFrom(TABLE)
    .select([...METADATA, 'key_id', 'wrapped_key', 'content'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const { key_id: keyId, wrapped_key: wrapped, content, ...meta } = row;
  return { ...meta, content: openRecord(keyring, { table: TABLE, id }, { keyId, wrapped }, { content }).content };
}

export function toIdentityDocumentResponse(d: IdentityDocument) {
  return {
    id: d.id,
    kind: d.kind,
    content_type: d.content_type,
    size_bytes: d.size_bytes,
    status: d.status,
    review_reason: d.review_reason,
    reviewed_at: d.reviewed_at?.toISOString() ?? null,
    created_at: d.created_at.toISOString(),
  };
}

export function toQueuedIdentityDocumentResponse(d: Awaited<ReturnType<typeof listDocumentsForReview>>[number]) {
  return {
    ...toIdentityDocumentResponse(d),
    user: { id: d.user_id, email: d.user_email, display_name: d.user_display_name, identity_verified_at: d.identity_verified_at?.toISOString() ?? null },
  };
}

/** Every document's metadata, oldest first (the owner's data export). */
export function allIdentityDocuments(db: Kysely<DB>, userId: string): Promise<IdentityDocument[]> {
  return db.selectFrom(TABLE).select(METADATA).where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
}
