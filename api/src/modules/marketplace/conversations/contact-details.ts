// Spots attempts to take a deal off the platform in a message: contact details (email, phone, links,
// messenger handles) and payment requests (an IBAN, "pay me directly", PayPal friends and family, bank
// transfer), in English and French. Pure: no I/O. It errs towards silence on what messages ordinarily
// carry (prices, dates and times, order numbers, postcodes, tracking numbers), since a warning shown to
// an honest buyer costs trust and a missed one is only one signal among the moderators' others.

export type WarningCode = 'contact_details' | 'payment_request';
export type FindingKind = 'email' | 'phone' | 'link' | 'handle' | 'iban' | 'payment_phrase';

export interface Finding {
  code: WarningCode;
  kind: FindingKind;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: '0',
  zéro: '0',
  one: '1',
  un: '1',
  two: '2',
  deux: '2',
  three: '3',
  trois: '3',
  four: '4',
  quatre: '4',
  five: '5',
  cinq: '5',
  six: '6',
  seven: '7',
  sept: '7',
  eight: '8',
  huit: '8',
  nine: '9',
  neuf: '9',
};
const DIGIT_WORD = new RegExp(`\\b(${Object.keys(DIGIT_WORDS).join('|')})\\b`, 'gi');

const EMAIL = /[a-z0-9._%+-]+\s*(?:@|\(at\)|\[at\]|\{at\})\s*[a-z0-9-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[a-z0-9-]+)*\s*(?:\.|\(dot\)|\[dot\])\s*[a-z]{2,}/i;
const SPELLED_EMAIL = /\b[a-z0-9._-]+\s+(?:at|arobase)\s+[a-z0-9-]+\s+(?:dot|point)\s+(?:com|net|org|fr|be|de|io|eu)\b/i;
const LINK = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]{2,}\.(?:com|net|org|fr|io|me|ly|be|de|co|eu|info|biz|app)(?:\/|\b)/i;
const MESSENGERS = /\b(?:wa\.me|t\.me|whats\s?app|watsap|telegram|snap(?:chat)?|insta(?:gram)?|facebook|messenger|viber|wechat|discord)\b/i;
// An @handle: not the middle of an email (a word character before the @ makes it one).
const HANDLE = /(?:^|[\s(,;:])@[a-z0-9_.]{3,30}\b/i;
const IBAN_CANDIDATE = /\b[a-z]{2}\d{2}(?:[ -]?[a-z0-9]){11,30}\b/gi;

// After accents are stripped and the text lowercased.
const PAYMENT_PHRASES = [
  /\bpay (?:me )?(?:directly|direct|outside|in cash|cash)\b/,
  /\b(?:outside|off) (?:the |this )?(?:platform|app|site|website)\b/,
  /\bfriends? (?:and|&) family\b/,
  /\bf ?& ?f\b/,
  /\bpaypal\b/,
  /\b(?:bank|wire) transfer\b/,
  /\b(?:western union|moneygram|venmo|zelle|cash ?app|revolut|lydia|paylib|wise transfer)\b/,
  /\bpa(?:yer|ie[sz]?|iement) (?:moi )?(?:directement|direct|en direct|en liquide|en especes)\b/,
  /\b(?:hors|en dehors) (?:de )?(?:la |l')?(?:plateforme|appli(?:cation)?|site)\b/,
  /\bentre (?:amis|proches)\b/,
  /\bvirement(?: bancaire)?\b/,
  /\bmandat cash\b/,
  /\bmon rib\b|\bun rib\b|\bton rib\b|\bvotre rib\b/,
];

// What must not read as a phone: dates and times, uuids, numbers named as orders, tracking numbers
// (letters glued to the digits) and money amounts are blanked before digits are counted.
const NOT_PHONES = [
  /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi,
  /(?<!\d[/.-])\b\d{4}-\d{1,2}-\d{1,2}(?:[ t]\d{1,2}:\d{2}(?::\d{2})?)?\b(?![/.-]\d)/gi,
  /(?<!\d[/.-])\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b(?![/.-]\d)/g,
  /\b\d{1,2}\s?[:h]\s?\d{2}\b/gi,
  /(?:#|\bn°|\bno\.|\border\s*(?:number|no\.?|#)?|\bcommande\s*(?:n°|numero)?|\bref(?:erence)?\.?)(?:\s+(?:is|est))?\s*:?\s*[a-z0-9-]+/gi,
  /\b[a-z]+\d[a-z0-9]*\b/gi,
  /\d[\d\s.,]*\s?(?:€|eur|euros?|\$|usd|£|gbp|chf)/gi,
  /(?:€|\$|£)\s?\d[\d\s.,]*/gi,
];
const DIGIT_RUN = /\+?\d(?:[\s.,\-/()]{0,3}\d)+/g;
const MIN_PHONE_DIGITS = 9;
const MAX_PHONE_DIGITS = 15;

function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function hasPhone(text: string): boolean {
  let t = text.replace(DIGIT_WORD, (w) => DIGIT_WORDS[w.toLowerCase()] ?? w);
  for (const pattern of NOT_PHONES) t = t.replace(pattern, ' ');
  for (const [run] of t.matchAll(DIGIT_RUN)) {
    const digits = run.replace(/\D/g, '').length;
    if (digits >= MIN_PHONE_DIGITS && digits <= MAX_PHONE_DIGITS) return true;
  }
  return false;
}

/** ISO 13616: the country code and check digits moved to the end, letters as 10–35, the number mod 97 is 1. */
export function isValidIban(candidate: string): boolean {
  const iban = candidate.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

function hasIban(text: string): boolean {
  return [...text.matchAll(IBAN_CANDIDATE)].some(([m]) => isValidIban(m));
}

/** What the message gives away, one finding per kind (empty for an ordinary message). */
export function detectOffPlatform(text: string): Finding[] {
  const folded = foldAccents(text).toLowerCase();
  const findings: Finding[] = [];
  const add = (code: WarningCode, kind: FindingKind, found: boolean) => {
    if (found) findings.push({ code, kind });
  };
  add('contact_details', 'email', EMAIL.test(folded) || SPELLED_EMAIL.test(folded));
  add('contact_details', 'phone', hasPhone(folded));
  add('contact_details', 'link', LINK.test(folded) || MESSENGERS.test(folded));
  add('contact_details', 'handle', HANDLE.test(folded));
  add('payment_request', 'iban', hasIban(folded));
  add(
    'payment_request',
    'payment_phrase',
    PAYMENT_PHRASES.some((p) => p.test(folded)),
  );
  return findings;
}
