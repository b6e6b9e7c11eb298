import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MODEL_PATH, modelFeatureNames } from '@agora/fraud-models';
import type { Config } from '../../config';

export interface ModelFile {
  version: string;
  /** The file name inside the models directory. */
  file: string;
  sha256: string;
  featureNames: string[];
  bytes: Buffer;
}

export const versionOf = (file: string): string => path.basename(file, '.onnx');

/** FRAUD_MODEL_PATH names the model a fresh registry starts with; the files beside it are the registry's. */
export function modelsLocation(config: Pick<Config, 'FRAUD_MODEL_PATH'>): { dir: string; bootstrap: string } {
  const file = config.FRAUD_MODEL_PATH ?? DEFAULT_MODEL_PATH;
  return { dir: path.dirname(path.resolve(file)), bootstrap: versionOf(file) };
}

/** The committed evaluation (train.py's `<version>.eval.json`) next to a model, if any. */
export async function readEvaluation(dir: string, version: string): Promise<Record<string, unknown> | null> {
  try {
    const evaluation = JSON.parse(await readFile(path.join(dir, `${version}.eval.json`), 'utf8')) as Record<string, unknown>;
    const { model, rules_baseline: rulesBaseline, test_rows: testRows, test_positives: testPositives } = evaluation;
    return { model, rules_baseline: rulesBaseline, test_rows: testRows, test_positives: testPositives };
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return null;
    throw err;
  }
}

export async function readModelFile(dir: string, file: string): Promise<ModelFile> {
  const bytes = await readFile(path.join(dir, file));
  return { version: versionOf(file), file, sha256: createHash('sha256').update(bytes).digest('hex'), featureNames: modelFeatureNames(bytes), bytes };
}

/** Thrown when a registered version's file no longer has the bytes it was registered with. */
export class ModelFileChanged extends Error {
  constructor(version: string, file: string, registered: string, found: string) {
    super(`model ${version}: ${file} has sha256 ${found} but was registered with ${registered}; a retrained model needs a new version name`);
    this.name = 'ModelFileChanged';
  }
}
