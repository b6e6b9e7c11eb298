import type { z } from 'zod';
import { type FindingKind, type WarningCode, detectOffPlatform } from './contact-details';
import type { Message } from './messages.repository';
import type { MessageImage } from './message-images.repository';
import type { ConversationMessageResponse, MessageImageResponse, WarningResponse } from './conversations.schemas';

const mediaUrl = (key: string) => `/v1/media/${key}`;

const WARNING_TEXT: Record<WarningCode, string> = {
  contact_details:
    'Your message seems to share contact details (an email, a phone number, a link or a handle). Keep the conversation here: off the platform, neither of you is protected if something goes wrong.',
  payment_request:
    'Your message seems to ask for a payment outside the platform (a bank transfer, an IBAN, PayPal friends and family, paying directly). Such payments are not protected: pay and get paid through the order.',
};

/** The detector's findings as stored on the message (its kinds). */
export const findingsOf = (body: string): FindingKind[] => detectOffPlatform(body).map((f) => f.kind);

const CODE_OF: Record<FindingKind, WarningCode> = {
  email: 'contact_details',
  phone: 'contact_details',
  link: 'contact_details',
  handle: 'contact_details',
  iban: 'payment_request',
  payment_phrase: 'payment_request',
};

/** One warning per code, naming what was found. */
export function warningsOf(kinds: readonly string[]): z.infer<typeof WarningResponse>[] {
  const codes = new Map<WarningCode, FindingKind[]>();
  for (const kind of kinds as FindingKind[]) codes.set(CODE_OF[kind], [...(codes.get(CODE_OF[kind]) ?? []), kind]);
  return [...codes].map(([code, found]) => ({ code, kinds: found, message: WARNING_TEXT[code] }));
}

export function toMessageImageResponse(image: MessageImage): z.infer<typeof MessageImageResponse> {
  return {
    id: image.id,
    width: image.width,
    height: image.height,
    variants: image.variants.map((v) => ({ size: v.size, width: v.width, height: v.height, url: mediaUrl(v.key) })),
  };
}

/** A message as the API returns it; the detector's warnings are shown to its author and to staff only. */
export function toConversationMessage(m: Message, images: readonly MessageImage[], showWarnings: boolean): z.infer<typeof ConversationMessageResponse> {
  return {
    id: m.id,
    conversation_id: m.conversation_id,
    author_id: m.author_id,
    body: m.body,
    images: images.map(toMessageImageResponse),
    warnings: showWarnings ? warningsOf(m.warnings) : [],
    created_at: m.created_at.toISOString(),
  };
}

/** The short form a dispute thread and the evidence pack show. */
export const toMessageResponse = (m: { id: string; author_id: string; body: string; created_at: Date }) => ({
  id: m.id,
  author_id: m.author_id,
  body: m.body,
  created_at: m.created_at.toISOString(),
});
