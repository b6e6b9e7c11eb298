// What a file is, from its first bytes (its signature): never from its name or a declared type.

export type SignedType = 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp' | 'image/avif';

/** Each type's signature; null matches any byte (a WebP's RIFF chunk size). */
const SIGNATURES: [SignedType, (number | null)[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/webp', [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50]], // RIFF....WEBP
  ['image/avif', [null, null, null, null, 0x66, 0x74, 0x79, 0x70, 0x61, 0x76, 0x69, 0x66]], // ....ftypavif
];

/** The first bytes needed to recognise any signed type. */
export const SIGNATURE_BYTES = 12;

export function sniffFileType(head: Buffer): SignedType | undefined {
  return SIGNATURES.find(([, magic]) => magic.every((byte, i) => byte === null || head[i] === byte))?.[0];
}
