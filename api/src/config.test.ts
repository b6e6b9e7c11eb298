import { loadConfig } from './config';

describe('configuration', () => {
  test('an empty variable is unset, as compose passes ${X:-}', () => {
    const config = loadConfig({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '', STRIPE_SECRET_KEY: '', PORT: '' });
    expect(config.ADMIN_EMAIL).toBeUndefined();
    expect(config.STRIPE_SECRET_KEY).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  test('the NATS prefix is NATS_STREAM_PREFIX, else the ClickHouse database lower-cased; an unsafe one is refused', () => {
    expect(loadConfig({}).NATS_STREAM_PREFIX).toBe('agora');
    expect(loadConfig({ CLICKHOUSE_DATABASE: 'Shop_B' }).NATS_STREAM_PREFIX).toBe('shop_b');
    expect(loadConfig({ CLICKHOUSE_DATABASE: 'shop_b', NATS_STREAM_PREFIX: 'eu-1' }).NATS_STREAM_PREFIX).toBe('eu-1');
    for (const bad of ['a.b', 'a*', 'a>', 'A', 'x'.repeat(65)]) expect(() => loadConfig({ NATS_STREAM_PREFIX: bad })).toThrow(/NATS_STREAM_PREFIX/);
  });

  test('OIDC_PROVIDERS is a JSON array of providers with slug ids, each once; API_URL loses a trailing slash', () => {
    const google = { id: 'google', issuer: 'https://accounts.google.com', client_id: 'abc', client_secret: 'shh', name: 'Google' };
    expect(loadConfig({}).OIDC_PROVIDERS).toEqual([]);
    expect(loadConfig({ OIDC_PROVIDERS: JSON.stringify([google]) }).OIDC_PROVIDERS).toEqual([google]);
    expect(loadConfig({ API_URL: 'https://api.example.com/' }).API_URL).toBe('https://api.example.com');
    for (const bad of ['{', '{}', JSON.stringify([{ ...google, id: 'Goo gle' }]), JSON.stringify([google, google]), JSON.stringify([{ ...google, issuer: 'nope' }])]) {
      expect(() => loadConfig({ OIDC_PROVIDERS: bad })).toThrow(/OIDC_PROVIDERS/);
    }
  });

  test('staff need two-step verification unless the demo runs, or STAFF_REQUIRE_2FA says otherwise', () => {
    expect(loadConfig({}).STAFF_REQUIRE_2FA).toBe(false);
    expect(loadConfig({ SEED_DEMO: 'false' }).STAFF_REQUIRE_2FA).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false', STAFF_REQUIRE_2FA: 'false' }).STAFF_REQUIRE_2FA).toBe(false);
    expect(loadConfig({ STAFF_REQUIRE_2FA: 'true' }).STAFF_REQUIRE_2FA).toBe(true);
  });

  test('every invalid setting is reported at once, by name', () => {
    expect(() => loadConfig({ PORT: 'x', PAYOUT_HOLD_MAX_DAYS: '-1' })).toThrow(/PORT[\s\S]*PAYOUT_HOLD_MAX_DAYS|PAYOUT_HOLD_MAX_DAYS[\s\S]*PORT/);
  });
});
