/**
 * Where uploaded media (avatars, listing photos) live: a local directory in the embedded default, or an
 * S3-compatible bucket. Keys are slash-separated relative names (`listings/<sha256>.webp`) the callers
 * derive from content hashes; a write is whole or absent, never half a file under the key.
 */
export interface ObjectStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object's bytes, or undefined when there is none. */
  get(key: string): Promise<Buffer | undefined>;
  /** Done even when there was none. */
  delete(key: string): Promise<void>;
  close(): void;
}

/** A key is a path inside the storage: lower-case names and slashes, never `..` or a leading slash. */
const OBJECT_KEY = /^[a-z0-9-]+(\/[a-z0-9-]+)*\.[a-z0-9]+$/;

export function assertObjectKey(key: string): void {
  if (!OBJECT_KEY.test(key)) throw new Error(`not an object key: ${key}`);
}
