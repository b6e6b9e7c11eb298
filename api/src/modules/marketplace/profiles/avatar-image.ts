import { invalid } from '../../../errors';
import { type ImageType, decodeFailure, openImage } from '../../../image-input';

export const AVATAR_SIZES = { large: 256, small: 64 } as const;
export const AVATAR_CONTENT_TYPES: readonly ImageType[] = ['image/jpeg', 'image/png', 'image/webp'];

const refuse = (message: string) => invalid('invalid_image', `The body ${message}`, 'body');

/**
 * An uploaded picture made into square WebP avatars. The type comes from the bytes (and must be what
 * the request declared); the picture is decoded and drawn anew, so nothing of the upload survives
 * but its pixels: sharp writes no metadata unless asked (no EXIF, no GPS position, no ICC profile),
 * after `rotate()` has applied the EXIF orientation.
 */
export async function toAvatars(bytes: Buffer, declaredType: string | undefined): Promise<Record<keyof typeof AVATAR_SIZES, Buffer>> {
  const { type, image } = await openImage(bytes, AVATAR_CONTENT_TYPES, refuse);
  if (declaredType !== undefined && declaredType.split(';')[0]!.trim().toLowerCase() !== type) throw refuse(`is ${type}, not the declared Content-Type`);
  try {
    // Clones share the one input: both sizes come from a single read of the upload.
    const render = (size: number) => image.clone().rotate().resize(size, size, { fit: 'cover', position: 'attention' }).webp({ quality: 82 }).toBuffer();
    const [large, small] = await Promise.all([render(AVATAR_SIZES.large), render(AVATAR_SIZES.small)]);
    return { large, small };
  } catch (err) {
    throw decodeFailure(err, type, refuse);
  }
}
