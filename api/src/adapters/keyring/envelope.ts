import { createCipheriv, createDecipheriv, type KeyObject, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring';

// Envelope encryption. Each record gets a fresh random 256-bit data key; each sensitive column of
// the record is sealed with it, and the data key itself is sealed with the active master key and
// stored next to that key's id. Rotating a master key re-seals only the 61-byte wrapped data keys.
//
// Stored format, version 1, for a sealed column and for a wrapped data key alike (bytea):
//   [0x01 version] [12-byte random IV] [16-byte GCM tag] [AES-256-GCM ciphertext]
// The version byte is authenticated too (it leads the AAD), so a later format can sit beside this one.
// The AAD names the value's place — table, column, record id (and for a wrapped key, its master key
// id) — so a value copied to another row or column, or relabelled with another key id, fails to open.

const VERSION = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
const DATA_KEY_BYTES = 32;

/** Where an encrypted value lives: its table and the record's primary key. */
export interface RecordRef {
  table: string;
  id: string;
}

/** A record's data key as stored: the master key id (text) and the sealed key (bytea). */
export interface WrappedDataKey {
  keyId: string;
  wrapped: Buffer;
}

export class DecryptionError extends Error {
  constructor(what: string, reason: string) {
    super(`cannot decrypt ${what}: ${reason}`);
    this.name = 'DecryptionError';
  }
}

/** Encrypts each field under one new data key, wrapped with the keyring's active master key. */
export function sealRecord<F extends string>(keyring: Keyring, ref: RecordRef, fields: Readonly<Record<F, Buffer>>): { dataKey: WrappedDataKey; ciphertexts: Record<F, Buffer> } {
  const dataKey = randomBytes(DATA_KEY_BYTES);
  try {
    const keyId = keyring.activeKeyId;
    const wrapped = seal(keyring.key(keyId), dataKey, wrapAad(ref, keyId));
    const ciphertexts = mapFields(fields, (column, plaintext) => seal(dataKey, plaintext, fieldAad(ref, column)));
    return { dataKey: { keyId, wrapped }, ciphertexts };
  } finally {
    dataKey.fill(0);
  }
}

/** Decrypts the given fields of one record; any tampering or misplacement throws DecryptionError. */
export function openRecord<F extends string>(keyring: Keyring, ref: RecordRef, dataKey: WrappedDataKey, ciphertexts: Readonly<Record<F, Buffer>>): Record<F, Buffer> {
  const key = unwrap(keyring, ref, dataKey);
  try {
    return mapFields(ciphertexts, (column, sealed) => open(key, sealed, fieldAad(ref, column), `${ref.table}.${column} of ${ref.id}`));
  } finally {
    key.fill(0);
  }
}

/** The same data key, re-sealed under the active master key; the record's ciphertexts stay as they are. */
export function rewrapDataKey(keyring: Keyring, ref: RecordRef, dataKey: WrappedDataKey): WrappedDataKey {
  const key = unwrap(keyring, ref, dataKey);
  try {
    const keyId = keyring.activeKeyId;
    return { keyId, wrapped: seal(keyring.key(keyId), key, wrapAad(ref, keyId)) };
  } finally {
    key.fill(0);
  }
}

function unwrap(keyring: Keyring, ref: RecordRef, { keyId, wrapped }: WrappedDataKey): Buffer {
  const key = open(keyring.key(keyId), wrapped, wrapAad(ref, keyId), `the data key of ${ref.table} ${ref.id}`);
  if (key.length !== DATA_KEY_BYTES) throw new DecryptionError(`the data key of ${ref.table} ${ref.id}`, 'wrong key length');
  return key;
}

function seal(key: KeyObject | Buffer, plaintext: Buffer, aad: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES }).setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), ciphertext]);
}

function open(key: KeyObject | Buffer, sealed: Buffer, aad: Buffer, what: string): Buffer {
  if (sealed.length < HEADER_BYTES) throw new DecryptionError(what, 'truncated value');
  if (sealed[0] !== VERSION) throw new DecryptionError(what, `unsupported format version ${sealed[0]}`);
  const iv = sealed.subarray(1, 1 + IV_BYTES);
  const tag = sealed.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES }).setAAD(aad).setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new DecryptionError(what, 'authentication failed (wrong key, wrong place, or tampered)');
  }
}

// JSON arrays keep the parts unambiguous whatever characters they contain.
const wrapAad = (ref: RecordRef, keyId: string) => aad(['data-key', ref.table, ref.id, keyId]);
const fieldAad = (ref: RecordRef, column: string) => aad(['field', ref.table, column, ref.id]);
const aad = (parts: string[]) => Buffer.concat([Buffer.of(VERSION), Buffer.from(JSON.stringify(parts), 'utf8')]);

function mapFields<F extends string>(fields: Readonly<Record<F, Buffer>>, fn: (column: F, value: Buffer) => Buffer): Record<F, Buffer> {
  return Object.fromEntries((Object.entries(fields) as [F, Buffer][]).map(([column, value]) => [column, fn(column, value)])) as Record<F, Buffer>;
}
