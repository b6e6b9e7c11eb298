import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A committed test image (api/test/fixtures/images, made by its make-fixtures.ts): `unsafe.png` the
 * safety model calls Porn (a grey picture pushed there by gradient ascent), `safe.png` a product shot.
 */
export const imageFixture = (name: string) => readFile(path.join(__dirname, '../api/test/fixtures/images', name));
