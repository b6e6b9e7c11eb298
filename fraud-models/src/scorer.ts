// Serving: scores orders in-process with onnxruntime-node against the committed ONNX model.

import { basename, extname, join } from 'node:path';
import { InferenceSession, Tensor } from 'onnxruntime-node';
import { FEATURE_NAMES, toFeatureVector, type RiskInput } from './features';

export interface FraudScorer {
  readonly version: string;
  /** Fraud probability in [0, 1]. */
  score(input: RiskInput): Promise<number>;
  close(): Promise<void>;
}

/** The loaded scorer; a separate interface so stubs of FraudScorer need not implement batching. */
export interface BatchFraudScorer extends FraudScorer {
  /** One inference call for many orders (backfills, re-scoring), in input order. */
  scoreMany(inputs: readonly RiskInput[]): Promise<number[]>;
}

export const DEFAULT_MODEL_PATH: string = join(__dirname, '..', 'models', 'fraud-gbt-v1.onnx');

// Names fixed by train/train.py. The classifier emits [P(legit), P(fraud)] per row.
const INPUT = 'features';
const OUTPUT = 'probabilities';
const FRAUD_COLUMN = 1;

export async function loadScorer(modelPath: string = DEFAULT_MODEL_PATH): Promise<BatchFraudScorer> {
  // One thread: a 100-tree model scores a row in microseconds, so a thread pool only adds
  // contention with the server's own work, and a fixed summation order makes a row's score
  // independent of the batch it arrives in.
  const session = await InferenceSession.create(modelPath, { intraOpNumThreads: 1, interOpNumThreads: 1 });
  assertCompatible(session, modelPath);
  const width = FEATURE_NAMES.length;

  const scoreMany = async (inputs: readonly RiskInput[]): Promise<number[]> => {
    if (inputs.length === 0) return [];
    const batch = new Float32Array(inputs.length * width);
    inputs.forEach((input, i) => batch.set(toFeatureVector(input), i * width));
    const results = await session.run({ [INPUT]: new Tensor('float32', batch, [inputs.length, width]) }, [OUTPUT]);
    const probabilities = results[OUTPUT]?.data as Float32Array;
    const columns = probabilities.length / inputs.length;
    return inputs.map((_, i) => probabilities[i * columns + FRAUD_COLUMN] as number);
  };

  return {
    version: basename(modelPath, extname(modelPath)),
    score: async (input) => (await scoreMany([input]))[0] as number,
    scoreMany,
    close: () => session.release(),
  };
}

/** Fail at startup, not on the first order, when the file is not a model for these features. */
function assertCompatible(session: InferenceSession, modelPath: string): void {
  const input = session.inputMetadata.find((m) => m.name === INPUT);
  const width = input?.isTensor ? input.shape[1] : undefined;
  if (width !== FEATURE_NAMES.length || !session.outputNames.includes(OUTPUT)) {
    throw new Error(
      `${modelPath} is not a fraud model for ${FEATURE_NAMES.length} features ` +
        `(inputs ${JSON.stringify(session.inputNames)}, width ${String(width)}, ` +
        `outputs ${JSON.stringify(session.outputNames)})`,
    );
  }
}
