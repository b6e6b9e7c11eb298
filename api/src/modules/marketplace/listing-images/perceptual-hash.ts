import type { Sharp } from 'sharp';

/**
 * Two photos whose dHashes differ in at most this many of 64 bits are the same picture (re-encoded,
 * resized, slightly recompressed or brightened). The lookup splits the hash into four 16-bit bands:
 * by pigeonhole, two hashes within 3 bits share at least one band exactly, so an index on each band
 * finds every match without scanning all photos.
 */
export const REUSE_MAX_DISTANCE = 3;

/**
 * The 64-bit difference hash of a picture (Krawetz's dHash): greyscale, shrunk to 9×8, one bit per
 * pixel saying whether it is brighter than its right neighbour. As a signed 64-bit integer (Postgres
 * bigint); the picture should already be oriented.
 */
export async function dHash(image: Sharp): Promise<bigint> {
  const pixels = await image.greyscale().resize(9, 8, { fit: 'fill', kernel: 'lanczos3' }).raw().toBuffer();
  let hash = 0n;
  for (let y = 0; y < 8; y += 1) {
    for (let x = 0; x < 8; x += 1) hash = (hash << 1n) | (pixels[y * 9 + x]! > pixels[y * 9 + x + 1]! ? 1n : 0n);
  }
  return BigInt.asIntN(64, hash);
}

/**
 * A plain or nearly plain picture (a blank page, a gradient) hashes to (almost) all zeros or ones: any
 * two such pictures would "match", so their hashes say nothing about reuse and are not looked up.
 */
export const isDistinctive = (hash: bigint) => {
  const bits = hammingDistance(hash, 0n);
  return bits >= 8 && bits <= 56;
};

/** How many bits two hashes differ in. */
export function hammingDistance(a: bigint, b: bigint): number {
  let diff = BigInt.asUintN(64, a ^ b);
  let bits = 0;
  for (; diff > 0n; diff >>= 1n) bits += Number(diff & 1n);
  return bits;
}
