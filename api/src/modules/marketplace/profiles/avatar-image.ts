import sharp from 'sharp';
import { invalid } from '../../../errors';
import { sniffFileType } from '../../../file-signatures';

/** Larger images are refused before they are decoded: a few KB of PNG can claim gigapixels (a decompression bomb). */
export const AVATAR_MAX_PIXELS = 40_000_000;
export const AVATAR_SIZES = { large: 256, small: 64 } as const;

/** The pictures taken, and the name sharp gives each format. */
const FORMATS = { 'image/jpeg': 'jpeg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export const AVATAR_CONTENT_TYPES = Object.keys(FORMATS) as (keyof typeof FORMATS)[];

const refuse = (message: string) => invalid('invalid_image', `The body ${message}`, 'body');

/**
 * An uploaded picture made into square WebP avatars. The type comes from the bytes (and must be what
 * the request declared); the picture is decoded and drawn anew, so nothing of the upload survives
 * but its pixels: sharp writes no metadata unless asked (no EXIF, no GPS position, no ICC profile),
 * after `rotate()` has applied the EXIF orientation.
 */
export async function toAvatars(bytes: Buffer, declaredType: string | undefined): Promise<Record<keyof typeof AVATAR_SIZES, Buffer>> {
  const sniffed = sniffFileType(bytes);
  const type = AVATAR_CONTENT_TYPES.find((t) => t === sniffed);
  if (!type) throw refuse('must be a JPEG, PNG or WebP image');
  if (declaredType !== undefined && declaredType.split(';')[0]!.trim().toLowerCase() !== type) throw refuse(`is ${type}, not the declared Content-Type`);
  const input = sharp(bytes, { limitInputPixels: AVATAR_MAX_PIXELS, failOn: 'error' });
  try {
    const { format } = await input.metadata();
    if (format !== FORMATS[type]) throw new Error(`decoded as ${format}`);
    // Clones share the one input: both sizes come from a single read of the upload.
    const render = (size: number) => input.clone().rotate().resize(size, size, { fit: 'cover', position: 'attention' }).webp({ quality: 82 }).toBuffer();
    const [large, small] = await Promise.all([render(AVATAR_SIZES.large), render(AVATAR_SIZES.small)]);
    return { large, small };
  } catch (err) {
    // libvips' message is not echoed: the client learns which rule the bytes broke.
    if (err instanceof Error && /pixel limit/i.test(err.message)) throw refuse(`must be at most ${AVATAR_MAX_PIXELS / 1_000_000} megapixels`);
    throw refuse(`is not a readable ${type} image`);
  }
}
