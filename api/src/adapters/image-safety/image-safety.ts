import path from 'node:path';
import { Worker } from 'node:worker_threads';
import sharp from 'sharp';
import { loadConfig } from '../../config';
import { INPUT_SIZE } from './nsfw-model';
import type { SafetyReply, SafetyRequest } from './safety-worker';
import { type ImageSafety, verdictOf } from './verdict';

interface Pending {
  resolve: (scores: number[]) => void;
  reject: (err: Error) => void;
}
interface Running {
  thread: Worker;
  pending: Map<number, Pending>;
}

// The worker is TypeScript: tsx compiles it, as it does the app (jest's transform does not reach worker threads).
const WORKER_FILE = path.join(__dirname, 'safety-worker.ts');
const WORKER_EXEC_ARGV = ['--require', require.resolve('tsx/cjs')];

// One worker per process, started by the first classification (the model then loads once, ~2 s, inside it).
let running: Running | undefined;
let nextId = 0;
let threshold: number | undefined;

function start(): Running {
  const thread = new Worker(WORKER_FILE, { execArgv: WORKER_EXEC_ARGV });
  const self: Running = { thread, pending: new Map() };
  // A crashed or terminated worker fails what it held; the next call starts a fresh one.
  const fail = (err: Error) => {
    if (running === self) running = undefined;
    for (const { reject } of self.pending.values()) reject(err);
    self.pending.clear();
  };
  thread.on('message', (reply: SafetyReply) => {
    const waiting = self.pending.get(reply.id);
    if (!waiting) return;
    self.pending.delete(reply.id);
    // An idle worker must not keep the process alive.
    if (self.pending.size === 0) thread.unref();
    if ('error' in reply) waiting.reject(new Error(`image safety: ${reply.error}`));
    else waiting.resolve(reply.scores);
  });
  thread.on('error', (err) => fail(new Error(`image safety worker crashed: ${err.message}`, { cause: err })));
  thread.on('exit', (code) => fail(new Error(`image safety worker exited (code ${code})`)));
  thread.unref();
  return self;
}

/** Scales the image to the model's input, 224×224 RGB (transparency on white), off the event loop in libvips. */
async function pixelsOf(image: Buffer): Promise<Uint8Array> {
  try {
    const { data } = await sharp(image)
      .rotate()
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .resize(INPUT_SIZE, INPUT_SIZE, { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return new Uint8Array(data);
  } catch (err) {
    throw new Error(`image safety: not a decodable image (${(err as Error).message})`, { cause: err });
  }
}

function scoresOf(pixels: Uint8Array): Promise<number[]> {
  const worker = (running ??= start());
  const id = nextId++;
  return new Promise((resolve, reject) => {
    worker.pending.set(id, { resolve, reject });
    worker.thread.ref();
    worker.thread.postMessage({ id, pixels } satisfies SafetyRequest, [pixels.buffer as ArrayBuffer]);
  });
}

/**
 * Classifies a photo with nsfwjs's MobileNetV2; `unsafe` when the score reaches IMAGE_SAFETY_THRESHOLD, read
 * from the environment once per process (the callers' contract takes only the image; the worker is per process too).
 */
export async function classifyImage(image: Buffer): Promise<ImageSafety> {
  const scores = await scoresOf(await pixelsOf(image));
  threshold ??= loadConfig().IMAGE_SAFETY_THRESHOLD;
  return verdictOf(scores, threshold);
}

/** Ends the worker (pending classifications fail); a later call starts a new one. */
export async function closeImageSafety(): Promise<void> {
  const current = running;
  running = undefined;
  await current?.thread.terminate();
}
