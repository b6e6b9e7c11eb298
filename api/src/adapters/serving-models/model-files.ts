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

interface SetEvaluation {
  model: unknown;
  rules_baseline: unknown;
  rows: unknown;
  positives: unknown;
}

/**
 * The committed evaluation (`npm run evaluate`'s `<version>.eval.json`) next to a model, if any: the
 * promotion gate, and the headline metrics on the training generator's held-out split and the blind set.
 */
export async function readEvaluation(dir: string, version: string): Promise<Record<string, unknown> | null> {
  try {
    const evaluation = JSON.parse(await readFile(path.join(dir, `${version}.eval.json`), 'utf8')) as {
      holds_on_both?: boolean;
      sets?: Partial<Record<'generator' | 'blind', SetEvaluation>>;
    };
    // A file in train.py's older layout has no sets: no metrics to show, and it does not hold.
    const { generator, blind } = evaluation.sets ?? {};
    return {
      holds_on_both: evaluation.holds_on_both === true,
      model: generator?.model ?? null,
      rules_baseline: generator?.rules_baseline ?? null,
      test_rows: generator?.rows ?? null,
      test_positives: generator?.positives ?? null,
      blind: blind ? { model: blind.model, rules_baseline: blind.rules_baseline, rows: blind.rows, positives: blind.positives } : null,
    };
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
