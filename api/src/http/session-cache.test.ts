import type { AuthUser } from '../auth-user';
import { createSessionCache } from './session-cache';

const user = (id: string): AuthUser => ({
  id,
  email: `${id}@example.test`,
  display_name: id,
  roles: [],
  created_at: new Date('2026-01-01T00:00:00Z'),
  email_verified_at: null,
  locale: 'en',
});
const hash = (s: string) => Buffer.from(s);
const now = new Date('2026-11-21T12:00:00Z');
const later = new Date('2026-12-21T12:00:00Z');

function setup(ttlMs = 5_000, maxEntries = 10) {
  let ms = 0;
  const cache = createSessionCache(ttlMs, maxEntries, () => ms);
  return { cache, advance: (by: number) => (ms += by) };
}

describe('session cache', () => {
  test('a resolved session is reused until the cache time passes', () => {
    const { cache, advance } = setup();
    cache.set(hash('a'), user('u1'), later, cache.revision());
    expect(cache.get(hash('a'), now)?.id).toBe('u1');
    advance(4_999);
    expect(cache.get(hash('a'), now)?.id).toBe('u1');
    advance(1);
    expect(cache.get(hash('a'), now)).toBeUndefined();
  });

  test('never outlives the session itself', () => {
    const { cache } = setup();
    cache.set(hash('a'), user('u1'), later, cache.revision());
    expect(cache.get(hash('a'), later)).toBeUndefined();
  });

  test('forget (logout) and forgetUser (role change) take effect at once', () => {
    const { cache } = setup();
    cache.set(hash('a'), user('u1'), later, cache.revision());
    cache.set(hash('b'), user('u2'), later, cache.revision());
    cache.set(hash('c'), user('u2'), later, cache.revision());
    cache.forget(hash('a'));
    cache.forgetUser('u2');
    expect([cache.get(hash('a'), now), cache.get(hash('b'), now), cache.get(hash('c'), now)]).toEqual([undefined, undefined, undefined]);
  });

  test('a lookup that started before a revocation is not cached', () => {
    const { cache } = setup();
    const seen = cache.revision();
    cache.forget(hash('a'));
    cache.set(hash('a'), user('u1'), later, seen);
    expect(cache.get(hash('a'), now)).toBeUndefined();
  });

  test('a zero lifetime caches nothing; a full cache drops its oldest entry', () => {
    const off = setup(0).cache;
    off.set(hash('a'), user('u1'), later, off.revision());
    expect(off.get(hash('a'), now)).toBeUndefined();

    const { cache } = setup(5_000, 2);
    for (const k of ['a', 'b', 'c']) cache.set(hash(k), user(k), later, cache.revision());
    expect(cache.get(hash('a'), now)).toBeUndefined();
    expect(cache.get(hash('c'), now)?.id).toBe('c');
  });
});
