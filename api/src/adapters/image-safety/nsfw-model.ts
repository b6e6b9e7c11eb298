import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as tf from '@tensorflow/tfjs';
import { MobileNetV2Model } from 'nsfwjs/models/mobilenet_v2';

/** The classes of nsfwjs's models, in the order of the model's output. */
export const NSFW_LABELS = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'] as const;
export type NsfwLabel = (typeof NSFW_LABELS)[number];

/** MobileNetV2 takes 224×224 RGB scaled to [0, 1]. */
export const INPUT_SIZE = 224;

// The weight shards ship as browserify bundles around one base64 string: `require`-ing the 3.5 MB one
// took 12 s here, reading the string out of the file takes milliseconds.
const SHARDS_DIR = path.join(path.dirname(require.resolve('nsfwjs/models/mobilenet_v2')), '../../models/mobilenet_v2');
const BASE64_STRING = /"([A-Za-z0-9+/]{1000,}={0,2})"/;

async function readShard(name: string): Promise<Buffer> {
  const base64 = BASE64_STRING.exec(await readFile(path.join(SHARDS_DIR, `${name}.min.js`), 'utf8'))?.[1];
  if (!base64) throw new Error(`nsfwjs: no weights found in ${name}.min.js`);
  return Buffer.from(base64, 'base64');
}

/**
 * nsfwjs's MobileNetV2, read from the files inside its npm package and handed to TensorFlow.js from
 * memory: nothing is fetched. `logits` drops the final softmax (the fixture generator ascends the raw
 * class scores).
 */
export async function loadNsfwModel(tfjs: typeof tf, { logits = false } = {}): Promise<tf.LayersModel> {
  const { modelTopology, weightsManifest } = (await MobileNetV2Model.modelJson()).default;
  const shards = await Promise.all(weightsManifest.flatMap((group) => group.paths).map(readShard));
  const topology = structuredClone(modelTopology) as { model_config: { config: { layers: { config: { activation?: string } }[] } } };
  if (logits) topology.model_config.config.layers.at(-1)!.config.activation = 'linear';
  const weightData = Buffer.concat(shards);
  return tfjs.loadLayersModel(
    tfjs.io.fromMemory({
      modelTopology: topology,
      weightSpecs: weightsManifest.flatMap((group) => group.weights),
      weightData: weightData.buffer.slice(weightData.byteOffset, weightData.byteOffset + weightData.byteLength),
    }),
  );
}
