import { PROFANITY } from './profanity-words';

export type TextFlag = 'contact_details' | 'link' | 'profanity';

const EMAIL = /[a-z0-9._%+-]+\s*(?:@|\(at\)|\[at\])\s*[a-z0-9-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[a-z0-9-]+)*\s*(?:\.|\(dot\)|\[dot\])\s*[a-z]{2,}/i;
// Runs of digits with the usual separators; nine digits or more is a phone number (a date or a price has fewer).
const DIGIT_RUN = /\+?\d[\d\s()./-]{7,}\d/g;
const MIN_PHONE_DIGITS = 9;
// Moving the conversation off the platform: messengers, or asking to be contacted directly.
const OFF_PLATFORM = /\b(?:whats\s*app|telegram|wechat|viber|snapchat|kik)\b|\b(?:text|dm|message|email|e-mail|call|ring|contact)\s+me\s+(?:on|at|via)\b|\bdm\s+me\b/i;
const URL = /\bhttps?:\/\/|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|co|de|fr|uk|ru|info|biz|me|ly|gg|app|shop|store|xyz)\b/i;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '@': 'a', $: 's', '!': 'i' };
const PROFANE = new RegExp(`\\b(?:${PROFANITY.join('|')})(?:s|es|ed|er|ers|ing|y)?\\b`, 'i');

function hasPhoneNumber(text: string): boolean {
  return [...text.matchAll(DIGIT_RUN)].some((m) => m[0].replace(/\D/g, '').length >= MIN_PHONE_DIGITS);
}

/** The moderation flags a review's (or reply's) text earns on its own. Pure: no I/O. */
export function textFlags(text: string): TextFlag[] {
  const flags: TextFlag[] = [];
  if (EMAIL.test(text) || hasPhoneNumber(text) || OFF_PLATFORM.test(text)) flags.push('contact_details');
  // An email's domain is contact details, not a link.
  if (URL.test(text.replace(new RegExp(EMAIL.source, 'gi'), ' '))) flags.push('link');
  const unleeted = text.toLowerCase().replace(/[013457@$!]/g, (c) => LEET[c] ?? c);
  if (PROFANE.test(text) || PROFANE.test(unleeted)) flags.push('profanity');
  return flags;
}
