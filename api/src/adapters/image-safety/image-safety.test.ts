import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { classifyImage, closeImageSafety } from './image-safety';
import { imageFixture } from '../../../../test/image-fixtures';

afterAll(() => closeImageSafety());

describe('classifyImage', () => {
  it('loads nothing of TensorFlow.js into the process that imports it: the model lives in the worker, started on first use', () => {
    const probe = `require(${JSON.stringify(__dirname)}); process.stdout.write(JSON.stringify(Object.keys(require.cache).filter((f) => /tensorflow|nsfwjs[\\/]dist[\\/]models/.test(f))))`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', probe], { encoding: 'utf8' })) as string[];
    expect(loaded).toEqual([]);
  });

  it('finds the unsafe fixture unsafe, also as the 640 px WebP the upload pipeline makes of it', async () => {
    const png = await imageFixture('unsafe.png');
    const webp = await sharp(png).resize(640, 640, { fit: 'inside' }).webp({ quality: 80 }).toBuffer();
    for (const image of [png, webp]) {
      const verdict = await classifyImage(image);
      expect(verdict).toMatchObject({ unsafe: true, label: 'Porn' });
      expect(verdict.score).toBeGreaterThan(0.9);
    }
  });

  it('finds the product photo safe', async () => {
    const verdict = await classifyImage(await imageFixture('safe.png'));
    expect(verdict).toMatchObject({ unsafe: false, label: 'Neutral' });
    expect(verdict.score).toBeLessThan(0.1);
    expect(Object.values(verdict.scores).reduce((a, b) => a + b)).toBeCloseTo(1, 4);
  });

  it('rejects bytes that are not an image, naming the problem', async () => {
    await expect(classifyImage(Buffer.from('#!/bin/sh\necho hi\n'))).rejects.toThrow(/not a decodable image/);
  });

  it('answers concurrent calls each with its own image', async () => {
    const [safe, unsafe] = await Promise.all([imageFixture('safe.png'), imageFixture('unsafe.png')]);
    const verdicts = await Promise.all([safe, unsafe, safe, unsafe, safe, unsafe].map(classifyImage));
    expect(verdicts.map((v) => v.unsafe)).toEqual([false, true, false, true, false, true]);
  });

  it('closeImageSafety ends the worker: what it held fails, the next call starts a new one', async () => {
    const safe = await imageFixture('safe.png');
    // Enough behind the first that a busy main thread cannot fall so far behind the worker that none is left.
    const [first, ...queued] = Array.from({ length: 40 }, () => classifyImage(safe));
    // Once the first is answered the others wait in the worker's queue (~0.1 s of inference each).
    await first;
    await closeImageSafety();
    const settled = await Promise.allSettled(queued);
    const failures = settled.filter((s) => s.status === 'rejected').map((s) => String(s.reason));
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(failure).toMatch(/image safety worker exited/);
    await expect(classifyImage(safe)).resolves.toMatchObject({ unsafe: false });
  });
});
