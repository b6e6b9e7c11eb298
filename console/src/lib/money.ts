import type { Money } from '../types';

/** Locale for numbers and dates: the browser's. */
export const LOCALE: string | undefined = undefined;

const formatters = new Map<string, Intl.NumberFormat | null>();

function currencyFormatter(currency: string): Intl.NumberFormat | null {
  const key = currency.toUpperCase();
  let fmt = formatters.get(key);
  if (fmt === undefined) {
    try {
      fmt = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: key });
    } catch {
      fmt = null; // not an ISO 4217 code Intl knows
    }
    formatters.set(key, fmt);
  }
  return fmt;
}

/**
 * Number of minor-unit digits of a currency (EUR 2, JPY 0, BHD 3), as Intl knows it.
 * Unknown codes fall back to 2.
 */
export function currencyExponent(currency: string): number {
  return currencyFormatter(currency)?.resolvedOptions().maximumFractionDigits ?? 2;
}

/** Integer minor units → major units (1234 EUR cents → 12.34; 1234 JPY → 1234). */
export function minorToMajor(amount: number, currency: string): number {
  return amount / 10 ** currencyExponent(currency);
}

/** Formats integer minor units with the currency's own exponent. */
export function formatMinor(amount: number, currency: string): string {
  const fmt = currencyFormatter(currency);
  const major = minorToMajor(amount, currency);
  if (!fmt) return `${major.toFixed(2)} ${currency}`;
  return fmt.format(major);
}

export function formatMoney(money: Money | null | undefined): string {
  if (!money) return '—';
  return formatMinor(money.amount, money.currency);
}

/** Compact axis labels for charts ("€1.2K"). */
export function formatMajorCompact(value: number, currency?: string): string {
  try {
    return new Intl.NumberFormat(LOCALE, {
      notation: 'compact',
      maximumFractionDigits: 1,
      ...(currency ? { style: 'currency', currency } : {}),
    }).format(value);
  } catch {
    return String(value);
  }
}
