import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webpush from 'web-push';
import { loadConfig } from '../../config';
import { LOCAL_VAPID_FILE, vapidKeys } from './vapid-keys';

test('VAPID keys from the environment, both or neither, well-formed', () => {
  const pair = webpush.generateVAPIDKeys();
  const config = loadConfig({ VAPID_PUBLIC_KEY: pair.publicKey, VAPID_PRIVATE_KEY: pair.privateKey, VAPID_SUBJECT: 'https://agora.example/contact' });
  expect(vapidKeys(config)).toEqual({ ...pair, subject: 'https://agora.example/contact' });
  expect(() => loadConfig({ VAPID_PUBLIC_KEY: pair.publicKey })).toThrow(/set both or neither/);
  expect(() => loadConfig({ VAPID_PUBLIC_KEY: 'short', VAPID_PRIVATE_KEY: pair.privateKey })).toThrow(/VAPID_PUBLIC_KEY/);
  expect(() => loadConfig({ VAPID_SUBJECT: 'ops@example.com' })).toThrow(/VAPID_SUBJECT/);
});

test('unset, a pair is generated once under DATA_DIR, private to its owner, and kept across restarts', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'agora-vapid-'));
  const first = vapidKeys(loadConfig({ DATA_DIR: dataDir }));
  const again = vapidKeys(loadConfig({ DATA_DIR: dataDir }));
  expect(again).toEqual(first);
  expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/);
  expect(statSync(path.join(dataDir, LOCAL_VAPID_FILE)).mode & 0o777).toBe(0o600);
});
