import { z } from 'zod';
import { SIGNATURE_BYTES, sniffFileType } from '../file-signatures';

// Uploaded files arrive as base64 in JSON (identity documents, dispute evidence), as a raw body
// (RouteDef.bodyTypes: avatars) or as a form of files (RouteDef.multipart: listing photos). Their type
// comes from the bytes: the declared content type is checked against the file signature, never
// trusted alone.

export const FILE_CONTENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type FileContentType = (typeof FILE_CONTENT_TYPES)[number];

/** The type of a file (an accepted one) from its first bytes. */
export function sniffContentType(head: Buffer): FileContentType | undefined {
  const sniffed = sniffFileType(head);
  return FILE_CONTENT_TYPES.find((t) => t === sniffed);
}

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
// Base64 of MAX_FILE_BYTES is 6.7 MiB; a file route's body limit leaves room for it and the JSON around it.
export const FILE_BODY_LIMIT = '7mb';
const decodedLength = (base64: string) => (base64.length / 4) * 3 - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0);

export const FileContentTypeSchema = z.enum(FILE_CONTENT_TYPES, { error: `must be one of ${FILE_CONTENT_TYPES.join(', ')}` });
export const Base64FileSchema = z
  .string()
  .min(1, 'must not be empty')
  // A plain character class: a grouped repetition would overflow V8's regexp stack on megabytes.
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be standard padded base64')
  .refine((s) => s.length % 4 === 0, 'must be standard padded base64')
  .refine((s) => decodedLength(s) <= MAX_FILE_BYTES, `must decode to at most ${MAX_FILE_BYTES / 1024 / 1024} MB`);

/** A zod refinement of `{content_type, content_base64}`: the bytes must be the declared type. Decoding the head is enough. */
export function checkDeclaredType(body: { content_type: FileContentType; content_base64: string }, ctx: z.RefinementCtx): void {
  const sniffed = sniffContentType(Buffer.from(body.content_base64.slice(0, 4 * Math.ceil(SIGNATURE_BYTES / 3)), 'base64'));
  if (sniffed === undefined) ctx.addIssue({ code: 'custom', path: ['content_base64'], message: 'must be a PDF, JPEG or PNG file' });
  else if (sniffed !== body.content_type) ctx.addIssue({ code: 'custom', path: ['content_base64'], message: `is ${sniffed}, not the declared content_type` });
}

/** A raw upload's bytes (RouteDef.bodyTypes): what they are is for the service to tell from them. */
export const RawBytes = z.instanceof(Buffer).refine((bytes) => bytes.length > 0, 'must not be empty');
