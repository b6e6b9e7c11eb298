import type { Locale } from '../../../db/schema';

/** What a message says, before layout: a greeting-free list of paragraphs and at most one action. */
export interface MailContent {
  subject: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** A short code to type instead of following the action (shown large in HTML). */
  code?: string;
  footer?: string;
}

/** One message kind, written in every language we send. */
export type MailTemplate<P> = Record<Locale, (params: P) => MailContent>;
