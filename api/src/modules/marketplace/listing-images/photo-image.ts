import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { invalid } from '../../../errors';
import { type ImageType, decodeFailure, openImage } from '../../../image-input';
import type { ImageVariantSize } from '../../../db/schema';
import { dHash } from './perceptual-hash';

/** JPEG, PNG and WebP; AVIF too, which sharp's prebuilt libvips decodes (HEIC needs a HEVC decoder it does not ship). */
export const PHOTO_TYPES: readonly ImageType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'];
/** The longest side of each variant; a smaller photo is never enlarged. */
export const VARIANT_SIZES: Record<ImageVariantSize, number> = { thumb: 200, medium: 640, large: 1280 };

export interface Variant {
  size: ImageVariantSize;
  /** SHA-256 of the bytes: the object's name and its ETag. */
  key: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export interface Photo {
  /** The upright picture's size. */
  width: number;
  height: number;
  variants: Variant[];
  dhash: bigint;
}

/**
 * An uploaded photo made into WebP variants. The bytes decide the type; the picture is decoded, turned
 * upright (`rotate()` applies the EXIF orientation) and drawn anew, so nothing survives but its pixels:
 * sharp writes no metadata unless asked (no EXIF, no GPS position, no camera serial, no ICC profile).
 * `label` names the file in the refusal (`files[1] (beach.jpg)`).
 */
export async function toPhoto(bytes: Buffer, label: string): Promise<Photo> {
  const refuse = (message: string) => invalid('invalid_image', `${label} ${message}`, 'files');
  if (bytes.length === 0) throw refuse('is empty');
  const { type, image } = await openImage(bytes, PHOTO_TYPES, refuse);
  try {
    const meta = await image.metadata();
    // EXIF orientations 5–8 turn the picture a quarter: the upright width is the stored height.
    const quarterTurn = (meta.orientation ?? 1) >= 5;
    // One decode, upright, no larger than the largest variant: a JPEG is decoded at a fraction of its
    // size when that suffices (shrink-on-load), and the pixels held stay a few MB whatever the upload.
    const largest = VARIANT_SIZES.large;
    const { data, info } = await image.rotate().resize(largest, largest, { fit: 'inside', withoutEnlargement: true }).raw({ depth: 'uchar' }).toBuffer({ resolveWithObject: true });
    const upright = () => sharpOf(data, info);
    const variants = await Promise.all(
      (Object.entries(VARIANT_SIZES) as [ImageVariantSize, number][]).map(async ([size, side]) => {
        const out = await upright().resize(side, side, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
        return { size, key: createHash('sha256').update(out.data).digest('hex'), width: out.info.width, height: out.info.height, bytes: out.data };
      }),
    );
    return { width: quarterTurn ? meta.height! : meta.width!, height: quarterTurn ? meta.width! : meta.height!, variants, dhash: await dHash(upright()) };
  } catch (err) {
    throw decodeFailure(err, type, refuse);
  }
}

/** Raw pixels back into sharp (no second decode of the upload). */
function sharpOf(data: Buffer, info: { width: number; height: number; channels: number }) {
  return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels as 1 | 2 | 3 | 4 } });
}
