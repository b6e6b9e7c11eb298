import sharp from 'sharp';
import { type SignedType, sniffFileType } from './file-signatures';

/** Larger images are refused before they are decoded: a few KB of PNG can claim gigapixels (a decompression bomb). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The pictures taken, and the name sharp's metadata gives each format (AVIF is a HEIF container). */
const FORMATS = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp', 'image/avif': 'heif' } as const;
export type ImageType = keyof typeof FORMATS;
const NAMES: Record<ImageType, string> = { 'image/jpeg': 'JPEG', 'image/png': 'PNG', 'image/webp': 'WebP', 'image/avif': 'AVIF' };

/** "JPEG, PNG or WebP". */
export const imageTypeNames = (types: readonly ImageType[]) =>
  types
    .map((t) => NAMES[t])
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

/**
 * An upload opened as a picture of one of `accepted` types. The type comes from the bytes, never a
 * name or a declared type; sharp reads the header under the pixel limit and decodes nothing yet.
 * `refuse(message)` makes the error for the caller's field; libvips' own message is never echoed.
 */
export async function openImage(bytes: Buffer, accepted: readonly ImageType[], refuse: (message: string) => Error): Promise<{ type: ImageType; image: ReturnType<typeof sharp> }> {
  const sniffed: SignedType | undefined = sniffFileType(bytes);
  const type = accepted.find((t) => t === sniffed);
  if (!type) throw refuse(`must be a ${imageTypeNames(accepted)} image`);
  // failOn 'error' also refuses truncated data, rather than drawing its missing part grey.
  const image = sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' });
  try {
    const { format } = await image.metadata();
    if (format !== FORMATS[type]) throw new Error(`decoded as ${format}`);
  } catch (err) {
    throw decodeFailure(err, type, refuse);
  }
  return { type, image };
}

/** Why a picture could not be decoded, in the client's terms. */
export function decodeFailure(err: unknown, type: ImageType, refuse: (message: string) => Error): Error {
  if (err instanceof Error && /pixel limit/i.test(err.message)) return refuse(`must be at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels`);
  return refuse(`is not a readable ${NAMES[type]} image`);
}
