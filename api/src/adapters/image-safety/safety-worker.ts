// Runs nsfwjs's MobileNetV2 off the API's event loop: a forward pass takes tens of milliseconds of CPU.
// Receives 224×224 RGB pixels (the caller decodes), answers the five class probabilities.
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { INPUT_SIZE, loadNsfwModel } from './nsfw-model';

export interface SafetyRequest {
  id: number;
  pixels: Uint8Array;
}
export type SafetyReply = { id: number; scores: number[] } | { id: number; error: string };

// The WASM backend runs MobileNetV2 about 14× faster than the pure-JS one (bench:image-safety); its .wasm
// files ship in the npm package and are read from disk.
async function load(): Promise<tf.LayersModel> {
  setWasmPaths(`${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}${path.sep}`);
  if (!(await tf.setBackend('wasm'))) throw new Error('the TensorFlow.js WASM backend did not start');
  return loadNsfwModel(tf);
}

let model: Promise<tf.LayersModel> | undefined;

async function classify(pixels: Uint8Array): Promise<number[]> {
  // A failed load is not kept: the next request tries again.
  const loaded = await (model ??= load().catch((err: unknown) => {
    model = undefined;
    throw err;
  }));
  const output = tf.tidy(() => loaded.predict(tf.tensor4d(pixels, [1, INPUT_SIZE, INPUT_SIZE, 3], 'int32').toFloat().div(255)) as tf.Tensor);
  try {
    return Array.from(await output.data());
  } finally {
    output.dispose();
  }
}

parentPort!.on('message', ({ id, pixels }: SafetyRequest) => {
  classify(pixels).then(
    (scores) => parentPort!.postMessage({ id, scores } satisfies SafetyReply),
    (err: unknown) => parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) } satisfies SafetyReply),
  );
});
