import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

// ASVS 4.0.3 V2.1: at least 12 characters once runs of spaces are combined, at most 128, any Unicode,
// and checked against breached and guessable passwords. zxcvbn's scores run 0–4; 3 is "safely
// unguessable" for an online attack (about 10^8 guesses), which the login lockout keeps it at.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
const MIN_SCORE = 3;

// Offline: zxcvbn's own dictionaries (common passwords, English words and names, keyboard patterns).
const zxcvbn = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

// Format characters (zero-width space and joiners, bidi marks) and other default-ignorable code points
// (the Hangul filler, variation selectors): they render as nothing, so they add no strength.
const INVISIBLE = /[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/** What a password counts as: NFKC-normalized, invisible characters dropped, runs of whitespace as one space. */
function effective(password: string): string {
  return password.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' ');
}

/**
 * Why `password` is refused, or undefined if it is acceptable. `personal` holds what the user gave
 * with it (email, its local part, display name): a password built from them is easy to guess.
 */
export function passwordWeakness(password: string, personal: string[]): string | undefined {
  if ([...password].length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  const counted = effective(password);
  if (counted.trim() === '') return 'must contain visible characters, not only spaces or invisible ones';
  if ([...counted].length < PASSWORD_MIN_LENGTH) {
    return `must be at least ${PASSWORD_MIN_LENGTH} characters (runs of spaces count as one; invisible characters not at all)`;
  }
  const whole = personal.map((p) => effective(p).trim().toLowerCase()).filter((p) => p.length > 0);
  if (whole.includes(counted.trim().toLowerCase())) return 'must not be your email address or name';
  // zxcvbn matches whole dictionary entries: give it each word of a name or an email as well.
  const words = whole.flatMap((p) => p.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 3);
  const { score, feedback } = zxcvbn.check(counted, [...new Set([...whole, ...words])]);
  if (score >= MIN_SCORE) return undefined;
  const advice = [feedback.warning, ...feedback.suggestions].filter(Boolean).join(' ');
  return `is too easy to guess${advice ? `: ${advice}` : ''}`;
}
