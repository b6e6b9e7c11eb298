// Serving: scores orders in-process with onnxruntime-node against a committed ONNX model.

import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { type DecisionThresholds, modelThresholds } from './decision-policy';
import { type RiskInput, vectorFor } from './features';
import { readModelMetadata } from './onnx-metadata';

export interface FraudScorer {
  readonly version: string;
  /** Fraud probability in [0, 1]. */
  score(input: RiskInput): Promise<number>;
  close(): Promise<void>;
}

/** The loaded scorer; a separate interface so stubs of FraudScorer need not implement batching. */
export interface BatchFraudScorer extends FraudScorer {
  /** The model's input columns, from its own metadata: models of different feature sets coexist. */
  readonly featureNames: readonly string[];
  /** The decision ladder the model was calibrated for (its metadata), or null for models that carry none. */
  readonly thresholds: DecisionThresholds | null;
  /** One inference call for many orders (backfills, re-scoring), in input order. */
  scoreMany(inputs: readonly RiskInput[]): Promise<number[]>;
}

/** A model file's contents under its version name (the registry loads the bytes it has checked). */
export interface ModelSource {
  version: string;
  bytes: Uint8Array;
}

/** A committed model file by version. */
export const modelPath = (version: string): string => join(__dirname, '..', 'models', `${version}.onnx`);

/**
 * The model the API serves on a fresh registry unless FRAUD_MODEL_PATH says otherwise. Every other
 * file beside it (fraud-gbt-v1, fraud-gbt-v3) is registered in shadow: a new model earns promotion
 * through the registry after it has scored live traffic beside the active one.
 */
export const DEFAULT_MODEL_PATH: string = modelPath('fraud-gbt-v2');

// Names fixed by train/train.py. The classifier emits [P(legit), P(fraud)] per row.
const INPUT = 'features';
const OUTPUT = 'probabilities';
const FRAUD_COLUMN = 1;

/** The model's input columns as train.py recorded them in the file's metadata. */
export function modelFeatureNames(bytes: Uint8Array): string[] {
  const raw = readModelMetadata(bytes).feature_names;
  const names: unknown = raw === undefined ? undefined : JSON.parse(raw);
  if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === 'string')) {
    throw new Error('the model has no feature_names metadata (a JSON array of names)');
  }
  return names;
}

export async function loadScorer(source: string | ModelSource = DEFAULT_MODEL_PATH): Promise<BatchFraudScorer> {
  const { version, bytes } = typeof source === 'string' ? { version: basename(source, extname(source)), bytes: await readFile(source) } : source;
  const featureNames = modelFeatureNames(bytes);
  const thresholds = modelThresholds(bytes);
  const toVector = vectorFor(featureNames);
  // One thread: a 100-tree model scores a row in microseconds, so a thread pool only adds
  // contention with the server's own work, and a fixed summation order makes a row's score
  // independent of the batch it arrives in.
  const session = await InferenceSession.create(bytes, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  assertCompatible(session, version, featureNames.length);
  const width = featureNames.length;

  const scoreMany = async (inputs: readonly RiskInput[]): Promise<number[]> => {
    if (inputs.length === 0) return [];
    const batch = new Float32Array(inputs.length * width);
    inputs.forEach((input, i) => batch.set(toVector(input), i * width));
    const results = await session.run({ [INPUT]: new Tensor('float32', batch, [inputs.length, width]) }, [OUTPUT]);
    const probabilities = results[OUTPUT]?.data as Float32Array;
    const columns = probabilities.length / inputs.length;
    return inputs.map((_, i) => probabilities[i * columns + FRAUD_COLUMN] as number);
  };

  return {
    version,
    featureNames,
    thresholds,
    score: async (input) => (await scoreMany([input]))[0] as number,
    scoreMany,
    close: () => session.release(),
  };
}

/** Fail at load, not on the first order, when the file is not a fraud model for its own feature names. */
function assertCompatible(session: InferenceSession, version: string, features: number): void {
  const input = session.inputMetadata.find((m) => m.name === INPUT);
  const width = input?.isTensor ? input.shape[1] : undefined;
  if (width !== features || !session.outputNames.includes(OUTPUT)) {
    throw new Error(
      `${version} is not a fraud model for its ${features} feature_names ` +
        `(inputs ${JSON.stringify(session.inputNames)}, width ${String(width)}, ` +
        `outputs ${JSON.stringify(session.outputNames)})`,
    );
  }
}
