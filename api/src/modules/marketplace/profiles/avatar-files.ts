import { createHash } from 'node:crypto';
import type { ObjectStorage } from '../../../adapters/object-storage';

// Avatars are objects named by the SHA-256 of their content: a name is never reused for other bytes,
// so a URL can be cached forever and the key doubles as the ETag.

export const AVATAR_KEY = /^[0-9a-f]{64}$/;

/** Only a validated key becomes an object name: nothing a client sends can leave the avatars. */
function objectOf(key: string): string {
  if (!AVATAR_KEY.test(key)) throw new Error('not an avatar key');
  return `avatars/${key}.webp`;
}

export const avatarKeyOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export async function writeAvatarFile(media: ObjectStorage, bytes: Buffer): Promise<string> {
  const key = avatarKeyOf(bytes);
  await media.put(objectOf(key), bytes, 'image/webp');
  return key;
}

export async function readAvatarFile(media: ObjectStorage, key: string): Promise<Buffer | undefined> {
  return AVATAR_KEY.test(key) ? media.get(objectOf(key)) : undefined;
}

export const removeAvatarFile = (media: ObjectStorage, key: string): Promise<void> => media.delete(objectOf(key));
