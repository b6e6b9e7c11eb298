import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalStorage } from './local-storage';

describe('local object storage', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'agora-media-'));
  const storage = createLocalStorage(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('puts, gets and deletes objects under their key, leaving no temporary file behind', async () => {
    await storage.put('listings/abc.webp', Buffer.from('one'), 'image/webp');
    await storage.put('listings/abc.webp', Buffer.from('two'), 'image/webp');
    expect((await storage.get('listings/abc.webp'))?.toString()).toBe('two');
    expect(readdirSync(path.join(dir, 'listings'))).toEqual(['abc.webp']);
    await storage.delete('listings/abc.webp');
    await storage.delete('listings/abc.webp');
    expect(await storage.get('listings/abc.webp')).toBeUndefined();
    expect(readdirSync(path.join(dir, 'listings'))).toEqual([]);
  });

  test('refuses a key that could leave its directory or name a hidden file', async () => {
    for (const key of ['../escape.webp', '/etc/passwd', 'listings/../../x.webp', '.hidden.tmp', 'Listings/A.webp', 'listings/']) {
      await expect(storage.put(key, Buffer.from('x'), 'image/webp')).rejects.toThrow('not an object key');
      await expect(storage.get(key)).rejects.toThrow('not an object key');
    }
  });
});
