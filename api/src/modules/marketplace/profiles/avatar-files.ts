import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

// Avatars are files named by the SHA-256 of their content: a name is never reused for other bytes,
// so a URL can be cached forever and the key doubles as the ETag.

export const AVATAR_KEY = /^[0-9a-f]{64}$/;

export const avatarDir = (dataDir: string) => path.join(dataDir, 'media', 'avatars');

/** Only a validated key becomes a path: nothing a client sends can leave the directory. */
function fileOf(dir: string, key: string): string {
  if (!AVATAR_KEY.test(key)) throw new Error('not an avatar key');
  return path.join(dir, `${key}.webp`);
}

export const avatarKeyOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Written to a temporary file, flushed, then renamed into place: readers see the whole file or none. */
export async function writeAvatarFile(dir: string, bytes: Buffer): Promise<string> {
  const key = avatarKeyOf(bytes);
  await mkdir(dir, { recursive: true });
  const temp = path.join(dir, `.${key}.${randomUUID()}.tmp`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temp, fileOf(dir, key)).catch(async (err: unknown) => {
    await unlink(temp).catch(() => undefined);
    throw err;
  });
  return key;
}

export async function readAvatarFile(dir: string, key: string): Promise<Buffer | undefined> {
  if (!AVATAR_KEY.test(key)) return undefined;
  return readFile(fileOf(dir, key)).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw err;
  });
}

export async function removeAvatarFile(dir: string, key: string): Promise<void> {
  await unlink(fileOf(dir, key)).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}
