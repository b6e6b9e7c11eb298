// Tracking numbers of the carriers our sellers use most, checked against the formats the carriers
// and the UPU publish, and the page where a buyer follows a parcel. Pure. A carrier we do not know
// takes any sane number (the request schema's shape) and has no tracking page.

/** UPU S10: two letters (service), eight digits, a check digit, the issuing country's two letters. */
const S10 = /^[A-Z]{2}(\d{8})(\d)[A-Z]{2}$/;
const S10_WEIGHTS = [8, 6, 4, 2, 3, 5, 9, 7];

/** Whether `n` is a UPU S10 item identifier with a correct check digit (weights 8642 3597, mod 11). */
export function isS10(n: string): boolean {
  const match = S10.exec(n);
  if (!match) return false;
  const sum = [...match[1]!].reduce((acc, d, i) => acc + Number(d) * S10_WEIGHTS[i]!, 0);
  const check = 11 - (sum % 11);
  return Number(match[2]) === (check === 10 ? 0 : check === 11 ? 5 : check);
}

interface Carrier {
  name: string;
  /** Names sellers type for it, compared lower-case without spaces or punctuation. */
  aliases: readonly string[];
  formats: readonly RegExp[];
  /** Whether the carrier also carries UPU S10 numbers (international and registered mail). */
  s10: boolean;
  /** A description of the accepted formats, for the error. */
  expects: string;
  url: (n: string) => string;
}

const DHL_EXPRESS = /^\d{10,11}$/;
const DHL_PAKET = [/^\d{12}$/, /^\d{20}$/, /^JJD\d{18,21}$/];

const CARRIERS: readonly Carrier[] = [
  {
    name: 'UPS',
    aliases: ['ups'],
    formats: [/^1Z[0-9A-Z]{16}$/],
    s10: false,
    expects: '1Z followed by 16 letters or digits',
    url: (n) => `https://www.ups.com/track?tracknum=${n}`,
  },
  {
    name: 'USPS',
    aliases: ['usps', 'unitedstatespostalservice'],
    formats: [/^\d{20}$/, /^9[1-5]\d{20}$/],
    s10: true,
    expects: '20 or 22 digits, or an S10 number (AA123456789US)',
    url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  },
  {
    name: 'FedEx',
    aliases: ['fedex', 'federalexpress'],
    formats: [/^\d{12}$/, /^\d{15}$/, /^\d{20}$/, /^\d{22}$/],
    s10: false,
    expects: '12, 15, 20 or 22 digits',
    url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  },
  {
    name: 'DHL Express',
    aliases: ['dhlexpress'],
    formats: [DHL_EXPRESS],
    s10: false,
    expects: 'a 10 or 11 digit waybill number',
    url: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?tracking-id=${n}`,
  },
  {
    name: 'DHL Paket',
    aliases: ['dhlpaket', 'deutschepost', 'deutschepostdhl'],
    formats: DHL_PAKET,
    s10: true,
    expects: '12 or 20 digits, JJD and 18 to 21 digits, or an S10 number (AA123456789DE)',
    url: (n) => `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${n}`,
  },
  {
    // Sellers often just write DHL: any of its services' numbers (with eCommerce's JD and 18 digits).
    name: 'DHL',
    aliases: ['dhl'],
    formats: [DHL_EXPRESS, ...DHL_PAKET, /^JD\d{18}$/],
    s10: true,
    expects: 'a DHL Express waybill (10 or 11 digits), a DHL Paket number (12 or 20 digits, JJD…), JD and 18 digits, or an S10 number',
    url: (n) => `https://www.dhl.com/global-en/home/tracking.html?tracking-id=${n}`,
  },
  {
    name: 'Royal Mail',
    aliases: ['royalmail'],
    formats: [],
    s10: true,
    expects: 'an S10 number (AB123456789GB)',
    url: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
  },
  {
    name: 'La Poste',
    aliases: ['laposte', 'colissimo', 'lapostecolissimo'],
    formats: [/^\d[A-Z]\d{11}$/],
    s10: true,
    expects: 'a digit, a letter and 11 digits (6A12345678901), or an S10 number (AB123456789FR)',
    url: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${n}`,
  },
  {
    name: 'Chronopost',
    aliases: ['chronopost'],
    formats: [],
    s10: true,
    expects: 'an S10 number (XY123456789FR)',
    url: (n) => `https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=${n}`,
  },
  {
    name: 'DPD',
    aliases: ['dpd'],
    formats: [/^\d{14}$/],
    s10: false,
    expects: 'a 14 digit parcel number',
    url: (n) => `https://tracking.dpd.de/status/en_US/parcel/${n}`,
  },
  {
    name: 'PostNL',
    aliases: ['postnl'],
    formats: [/^3S[A-Z]{4}\d{6,11}$/],
    s10: true,
    expects: '3S, four letters and 6 to 11 digits (3SABCD1234567), or an S10 number (AB123456789NL)',
    url: (n) => `https://postnl.nl/tracktrace/?B=${n}`,
  },
  {
    name: 'GLS',
    aliases: ['gls'],
    formats: [/^\d{11,12}$/, /^[A-Z0-9]{8}$/],
    s10: false,
    expects: 'an 11 or 12 digit parcel number, or an 8 character track ID',
    url: (n) => `https://gls-group.com/track/${n}`,
  },
];

const BY_ALIAS = new Map(CARRIERS.flatMap((c) => c.aliases.map((a) => [a, c] as const)));
const carrierOf = (carrier: string) => BY_ALIAS.get(carrier.toLowerCase().replace(/[^a-z0-9]/g, ''));

/** The stored form: upper case, without the spaces and dashes labels print between groups. */
export const normalizeTracking = (n: string) => n.toUpperCase().replace(/[\s-]/g, '');

/** Null when `number` suits `carrier` (any sane number for a carrier we do not know), else what is expected. */
export function trackingProblem(carrier: string, number: string): string | null {
  const known = carrierOf(carrier);
  if (!known) return null;
  const n = normalizeTracking(number);
  if (known.formats.some((f) => f.test(n)) || (known.s10 && isS10(n))) return null;
  return `is not a ${known.name} tracking number: expected ${known.expects}`;
}

/** The carrier's tracking page for the number, for carriers we know. */
export function trackingUrl(carrier: string | null, number: string | null): string | null {
  const known = carrier === null ? undefined : carrierOf(carrier);
  return known && number ? known.url(encodeURIComponent(normalizeTracking(number))) : null;
}
