export const DOCUMENT_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentContentType = (typeof DOCUMENT_CONTENT_TYPES)[number];

// File signatures; the declared content type is checked against these, never trusted alone.
const SIGNATURES: [DocumentContentType, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

/** The first bytes needed to recognise any accepted type. */
export const SIGNATURE_BYTES = 8;

export function sniffContentType(head: Buffer): DocumentContentType | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((byte, i) => head[i] === byte))?.[0];
}
