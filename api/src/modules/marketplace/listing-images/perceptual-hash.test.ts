import sharp from 'sharp';
import { REUSE_MAX_DISTANCE, dHash, hammingDistance, isDistinctive } from './perceptual-hash';

const scene = (seed: number) =>
  Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><rect width="100%" height="100%" fill="#dde"/>` +
      `<circle cx="${200 + seed * 60}" cy="300" r="150" fill="#a33"/><rect x="${500 - seed * 40}" y="80" width="220" height="160" fill="#236"/></svg>`,
  );

describe('dHash', () => {
  test('the same picture resized and recompressed stays within the reuse distance; another picture does not', async () => {
    const original = await sharp(scene(1)).jpeg({ quality: 95 }).toBuffer();
    const copy = await sharp(original).resize(400).jpeg({ quality: 60 }).toBuffer();
    const [a, b, c] = await Promise.all([original, copy, await sharp(scene(4)).png().toBuffer()].map((bytes) => dHash(sharp(bytes))));
    expect(hammingDistance(a!, b!)).toBeLessThanOrEqual(REUSE_MAX_DISTANCE);
    expect(hammingDistance(a!, c!)).toBeGreaterThan(REUSE_MAX_DISTANCE * 3);
    expect(isDistinctive(a!)).toBe(true);
  });

  test('is a signed 64-bit value (a Postgres bigint) and a plain picture is not distinctive', async () => {
    const plain = await dHash(sharp({ create: { width: 50, height: 50, channels: 3, background: '#777' } }));
    expect(plain).toBe(0n);
    expect(isDistinctive(plain)).toBe(false);
    expect(hammingDistance(-1n, 0n)).toBe(64);
    expect(BigInt.asIntN(64, -1n)).toBe(-1n);
  });
});
