import { type Kysely, type Selectable, type Transaction, sql } from 'kysely';
import { type EncryptedTable, type Keyring, openRecord, sealRecord } from '../../../adapters/keyring';
import type { DB, MessagesTable } from '../../../db/schema';

const TABLE = 'messages';
export const MESSAGES_TABLE: EncryptedTable = { table: TABLE, idColumn: 'id' };

/** A message as its thread shows it: the body decrypted. `seq` orders the thread (a bigint, as text). */
export interface Message {
  id: string;
  seq: string;
  conversation_id: string;
  author_id: string;
  body: string;
  warnings: string[];
  created_at: Date;
}

const COLUMNS = ['id', 'seq', 'conversation_id', 'author_id', 'key_id', 'wrapped_key', 'body', 'legacy_body', 'warnings', 'created_at'] as const;
type Row = Selectable<MessagesTable>;

function openMessage(keyring: Keyring, row: Row): Message {
  // A message copied from an order thread stays plaintext until the legacy-messages job seals it.
  const body =
    row.body && row.key_id && row.wrapped_key
      ? openRecord(keyring, { table: TABLE, id: row.id }, { keyId: row.key_id, wrapped: row.wrapped_key }, { body: row.body }).body.toString('utf8')
      : (row.legacy_body ?? '');
  return { id: row.id, seq: String(row.seq), conversation_id: row.conversation_id, author_id: row.author_id, body, warnings: row.warnings, created_at: row.created_at };
}

export async function insertMessage(
  trx: Transaction<DB>,
  keyring: Keyring,
  m: { conversation_id: string; author_id: string; body: string; warnings: string[]; created_at: Date },
): Promise<Message> {
  const id = crypto.randomUUID();
  const { dataKey, ciphertexts } = sealRecord(keyring, { table: TABLE, id }, { body: Buffer.from(m.body, 'utf8') });
  const row = await trx
    .insertInto('messages')
    .values({
      id,
      conversation_id: m.conversation_id,
      author_id: m.author_id,
      key_id: dataKey.keyId,
      wrapped_key: dataKey.wrapped,
      body: ciphertexts.body,
      warnings: m.warnings,
      created_at: m.created_at,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
  return openMessage(keyring, row);
}

/**
 * A page of the thread, newest first, before the message `before` (exclusive); `limit + 1` rows so the
 * caller knows whether older ones remain.
 */
export async function listMessages(db: Kysely<DB>, keyring: Keyring, conversationId: string, limit: number, before?: string): Promise<Message[]> {
  let q = db.selectFrom('messages').select(COLUMNS).where('conversation_id', '=', conversationId);
  if (before) q = q.where('seq', '<', (eb) => eb.selectFrom('messages as b').select('b.seq').where('b.id', '=', before).where('b.conversation_id', '=', conversationId));
  const rows = await q
    .orderBy('seq', 'desc')
    .limit(limit + 1)
    .execute();
  return rows.map((r) => openMessage(keyring, r));
}

/** The whole thread, oldest first (an order's thread for its parties and the evidence pack; it stays short). */
export async function wholeThread(db: Kysely<DB> | Transaction<DB>, keyring: Keyring, conversationId: string): Promise<Message[]> {
  const rows = await db.selectFrom('messages').select(COLUMNS).where('conversation_id', '=', conversationId).orderBy('seq').limit(1000).execute();
  return rows.map((r) => openMessage(keyring, r));
}

/** The messages either side of one (`around` each way), oldest first: a reported message in its context. */
export async function messagesAround(db: Kysely<DB>, keyring: Keyring, messageId: string, around: number): Promise<Message[]> {
  const target = await db.selectFrom('messages').select(['conversation_id', 'seq']).where('id', '=', messageId).executeTakeFirst();
  if (!target) return [];
  const side = (op: '<' | '>=', direction: 'asc' | 'desc', n: number) =>
    db.selectFrom('messages').select(COLUMNS).where('conversation_id', '=', target.conversation_id).where('seq', op, target.seq).orderBy('seq', direction).limit(n).execute();
  const [before, after] = await Promise.all([side('<', 'desc', around), side('>=', 'asc', around + 1)]);
  return [...before.reverse(), ...after].map((r) => openMessage(keyring, r));
}

export function findMessageRef(db: Kysely<DB> | Transaction<DB>, id: string) {
  return db.selectFrom('messages').select(['id', 'seq', 'conversation_id', 'author_id']).where('id', '=', id).executeTakeFirst();
}

/** Bodies of the given messages by id (what a report points at, for the moderators' queue). */
export async function messageBodies(db: Kysely<DB>, keyring: Keyring, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('messages').select(COLUMNS).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, openMessage(keyring, r).body]));
}

/** Each conversation's last message (for the inbox's preview). */
export async function lastMessagesOf(db: Kysely<DB>, keyring: Keyring, conversationIds: readonly string[]): Promise<Map<string, Message>> {
  if (conversationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('messages')
    .select(COLUMNS)
    .distinctOn('conversation_id')
    .where('conversation_id', 'in', conversationIds)
    .orderBy('conversation_id')
    .orderBy('seq', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.conversation_id, openMessage(keyring, r)]));
}

/** Every message of these conversations, oldest first (a user's data export). */
export async function messagesOfConversations(db: Kysely<DB>, keyring: Keyring, conversationIds: readonly string[]): Promise<Message[]> {
  if (conversationIds.length === 0) return [];
  const rows = await db.selectFrom('messages').select(COLUMNS).where('conversation_id', 'in', conversationIds).orderBy('seq').execute();
  return rows.map((r) => openMessage(keyring, r));
}

/**
 * Seals a batch of messages copied from order threads as plaintext, clearing the plaintext; returns how
 * many. Rows another transaction holds are left for the next run.
 */
export async function sealLegacyBatch(trx: Transaction<DB>, keyring: Keyring, batch: number): Promise<number> {
  const rows = await trx.selectFrom('messages').select(['id', 'legacy_body']).where('legacy_body', 'is not', null).limit(batch).forUpdate().skipLocked().execute();
  for (const row of rows) {
    const { dataKey, ciphertexts } = sealRecord(keyring, { table: TABLE, id: row.id }, { body: Buffer.from(row.legacy_body!, 'utf8') });
    await trx.updateTable('messages').set({ key_id: dataKey.keyId, wrapped_key: dataKey.wrapped, body: ciphertexts.body, legacy_body: null }).where('id', '=', row.id).execute();
  }
  return rows.length;
}

/** How many messages of the thread come after `seq` and are not the reader's own. */
export const unreadAfter = (conversationId: string, readerId: string, seq: string) =>
  sql<number>`(SELECT count(*)::int FROM messages m WHERE m.conversation_id = ${sql.ref(conversationId)} AND m.author_id <> ${sql.ref(readerId)} AND m.seq > ${sql.ref(seq)})`;
