import i18next, { type TFunction } from 'i18next';
import type { Locale } from '../../../db/schema';
import { CURRENCY_EXPONENTS, currencyExponent } from '../../money/currencies';
import { NOTIFICATION_TEXTS, type ParamSource } from './notification-texts';
import type { NotificationType } from './notification-types';

// Words around the notifications themselves: a placeholder whose data is missing, and the mails.
const COMMON: Record<Locale, Record<string, string>> = {
  en: {
    'fallback.title': 'your item',
    'fallback.value': '—',
    'mail.open': 'Open Agora',
    'mail.footer': 'You receive this because of your notification settings on Agora.',
    'digest.subject': 'Your Agora summary: {{count}} updates',
    'digest.intro': 'Here is what happened since yesterday:',
  },
  fr: {
    'fallback.title': 'votre article',
    'fallback.value': '—',
    'mail.open': 'Ouvrir Agora',
    'mail.footer': 'Vous recevez ce message selon vos préférences de notification sur Agora.',
    'digest.subject': 'Votre résumé Agora : {{count}} nouveautés',
    'digest.intro': 'Voici ce qui s’est passé depuis hier :',
  },
};

const resources = Object.fromEntries(
  (['en', 'fr'] as const).map((locale) => [
    locale,
    {
      translation: {
        ...COMMON[locale],
        ...Object.fromEntries(
          Object.entries(NOTIFICATION_TEXTS).flatMap(([type, t]) => [
            [`${type}.title`, t.text[locale].title],
            [`${type}.body`, t.text[locale].body],
          ]),
        ),
      },
    },
  ]),
);

// Keys hold dots (the type names): no key separator, no nesting. Mail and JSON escape on their own.
const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

export const translator = (locale: Locale): TFunction => i18n.getFixedT(locale);

/** A money value `{amount, currency}` in minor units, for the user's locale. */
export function formatMoney(value: { amount: number; currency: string }, locale: Locale): string {
  const exponent = currencyExponent(value.currency);
  return new Intl.NumberFormat(locale, { style: 'currency', currency: value.currency, minimumFractionDigits: exponent, maximumFractionDigits: exponent }).format(
    value.amount / 10 ** exponent,
  );
}

export function formatDate(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

const isMoney = (v: unknown): v is { amount: number; currency: string } =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as { amount?: unknown }).amount) && typeof (v as { currency?: unknown }).currency === 'string';

function paramValue(source: ParamSource, data: Record<string, unknown>, locale: Locale, timeZone: string): string | undefined {
  const value = source.keys.map((k) => data[k]).find((v) => v !== undefined && v !== null);
  if (source.kind === 'money') return isMoney(value) && Object.hasOwn(CURRENCY_EXPONENTS, value.currency) ? formatMoney(value, locale) : undefined;
  if (source.kind === 'date') return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? formatDate(value, locale, timeZone) : undefined;
  if (source.kind === 'count') return typeof value === 'number' ? new Intl.NumberFormat(locale).format(value) : undefined;
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

export interface RenderedNotification {
  title: string;
  body: string;
}

/** The notification's words in the user's language, money and dates formatted for their locale and time zone. */
export function renderNotification(type: NotificationType, data: Record<string, unknown>, locale: Locale, timeZone: string): RenderedNotification {
  const t = translator(locale);
  const spec = NOTIFICATION_TEXTS[type];
  const params = Object.fromEntries(
    Object.entries(spec.params).map(([name, source]) => [name, paramValue(source, data, locale, timeZone) ?? t(name === 'title' ? 'fallback.title' : 'fallback.value')]),
  );
  return { title: t(`${type}.title`, params), body: t(`${type}.body`, params) };
}

/** Where a notification leads in the app: the thing it is about. */
export function notificationPath(data: Record<string, unknown>): string {
  const id = (key: string) => (typeof data[key] === 'string' ? encodeURIComponent(data[key]) : undefined);
  if (id('dispute_id')) return `/disputes/${id('dispute_id')}`;
  if (id('order_id')) return `/orders/${id('order_id')}`;
  if (id('conversation_id')) return `/conversations/${id('conversation_id')}`;
  if (id('auction_id')) return `/auctions/${id('auction_id')}`;
  if (id('listing_id')) return `/listings/${id('listing_id')}`;
  return '/notifications';
}
