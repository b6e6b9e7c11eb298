import { NOTIFICATION_TEXTS } from './notification-texts';
import { NOTIFICATION_TYPES } from './notification-types';
import { formatMoney, renderNotification } from './notification-render';

const placeholders = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]);

test('every type has an English and a French title and body, and its texts use only the placeholders it declares', () => {
  expect(Object.keys(NOTIFICATION_TEXTS).sort()).toEqual([...NOTIFICATION_TYPES].sort());
  for (const type of NOTIFICATION_TYPES) {
    const spec = NOTIFICATION_TEXTS[type];
    for (const locale of ['en', 'fr'] as const) {
      const { title, body } = spec.text[locale];
      expect(title.length).toBeGreaterThan(0);
      expect(body.length).toBeGreaterThan(0);
      for (const name of [...placeholders(title), ...placeholders(body)])
        expect({ type, locale, name, declared: name! in spec.params }).toEqual({ type, locale, name, declared: true });
    }
    // Both languages say the same things: the same placeholders.
    expect(new Set(placeholders(spec.text.fr.body))).toEqual(new Set(placeholders(spec.text.en.body)));
  }
});

test('every placeholder renders from data, formatted for the locale and time zone; none is left raw', () => {
  const data = { listing_title: 'Lampe', amount: { amount: 123456, currency: 'EUR' }, deadline: '2026-12-24T23:30:00Z', count: 1200, name: 'vintage' };
  for (const type of NOTIFICATION_TYPES) {
    for (const locale of ['en', 'fr'] as const) {
      const { title, body } = renderNotification(type, data, locale, 'Europe/Paris');
      expect(`${title} ${body}`).not.toMatch(/{{|}}/);
    }
  }
  const fr = renderNotification('order.paid', data, 'fr', 'Europe/Paris');
  expect(fr.body).toBe('« Lampe » a été payé (1\u202f234,56\u00a0€). Expédiez-le avant le 25 décembre 2026 à 00:30.');
  const en = renderNotification('order.paid', data, 'en', 'America/New_York');
  expect(en.body).toMatch(/^“Lampe” was paid \(€1,234.56\). Ship it by December 24, 2026 at 6:30\sPM\.$/);
});

test('money uses the currency’s exponent; missing data falls back to neutral words', () => {
  expect(formatMoney({ amount: 1500, currency: 'JPY' }, 'en')).toBe('¥1,500');
  expect(formatMoney({ amount: 1500, currency: 'EUR' }, 'fr')).toBe('15,00\u00a0€');
  expect(renderNotification('order.shipped', {}, 'fr', 'UTC').body).toBe('« votre article » a été expédié.');
  expect(renderNotification('payout.sent', { amount: { amount: 5, currency: 'XXX' } }, 'en', 'UTC').body).toBe('We sent you —.');
});
