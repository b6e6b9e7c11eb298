import { loadConfig } from './config';

describe('configuration', () => {
  test('an empty variable is unset, as compose passes ${X:-}', () => {
    const config = loadConfig({ ADMIN_EMAIL: '', ADMIN_PASSWORD: '', STRIPE_SECRET_KEY: '', PORT: '' });
    expect(config.ADMIN_EMAIL).toBeUndefined();
    expect(config.STRIPE_SECRET_KEY).toBeUndefined();
    expect(config.PORT).toBe(3000);
  });

  test('every invalid setting is reported at once, by name', () => {
    expect(() => loadConfig({ PORT: 'x', PAYOUT_HOLD_MAX_DAYS: '-1' })).toThrow(/PORT[\s\S]*PAYOUT_HOLD_MAX_DAYS|PAYOUT_HOLD_MAX_DAYS[\s\S]*PORT/);
  });
});
