// Where the demo's parcels go and what their labels say: a fixed address and tracking numbers in each
// demo carrier's real format (the API checks them).

export const DEMO_SHIP_TO = { address: { name: 'Demo Buyer', line1: 'Alexanderplatz 1', city: 'Berlin', postal_code: '10178', country: 'DE' } };

const digits = (random: () => number, n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

export const DEMO_CARRIERS = ['DHL', 'UPS', 'PostNL', 'La Poste'] as const;

export function demoTrackingNumber(carrier: (typeof DEMO_CARRIERS)[number], random: () => number): string {
  if (carrier === 'DHL') return digits(random, 10);
  if (carrier === 'UPS') return `1ZDEMO${digits(random, 12)}`;
  if (carrier === 'PostNL') return `3SDEMO${digits(random, 7)}`;
  return `6A${digits(random, 11)}`;
}
