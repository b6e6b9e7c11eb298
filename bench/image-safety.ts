// npm run bench:image-safety -- [--runs 50] [--cpu-runs 0]
//
// Image safety as the upload pipeline calls it: classifyImage on a 640 px WebP (sharp decodes and scales
// it to 224×224, the worker thread runs nsfwjs's MobileNetV2 on TensorFlow.js's WASM backend). Beside it,
// the same run's baseline: the model's forward pass alone, in this thread, on the same backend — the
// floor; the difference is decoding plus the hop to the worker. The event loop's delay during the timed
// runs shows whether classification blocks the API. --cpu-runs N adds the pure-JS backend.
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import sharp from 'sharp';
import { classifyImage, closeImageSafety } from '../api/src/adapters/image-safety';
import { INPUT_SIZE, loadNsfwModel } from '../api/src/adapters/image-safety/nsfw-model';
import { createCleanup } from './lib/processes';
import { runBench, startRun, writeResults } from './lib/run';
import { type Summary, summarize } from './lib/stats';
import { fmt } from './lib/table';

const log = (line: string) => process.stderr.write(`[bench:image-safety] ${line}\n`);
const FIXTURES = path.join(__dirname, '../api/test/fixtures/images');

async function timed(runs: number, once: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await once(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

/** The model's forward pass alone on a backend, in this thread: 224×224 pixels in, probabilities out. */
async function forwardPasses(backend: 'wasm' | 'cpu', runs: number, pixels: Uint8Array[]): Promise<number[]> {
  await tf.setBackend(backend);
  const model = await loadNsfwModel(tf);
  const samples = await timed(runs + 1, async (i) => {
    const output = tf.tidy(
      () =>
        model.predict(
          tf
            .tensor4d(pixels[i % pixels.length]!, [1, INPUT_SIZE, INPUT_SIZE, 3], 'int32')
            .toFloat()
            .div(255),
        ) as tf.Tensor,
    );
    await output.data();
    output.dispose();
  });
  model.dispose();
  return samples.slice(1); // the first pass compiles the backend's kernels
}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { runs: { type: 'string', default: '50' }, 'cpu-runs': { type: 'string', default: '0' } } });
  const runs = Number(values.runs);
  const cpuRuns = Number(values['cpu-runs']);
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(cpuRuns) || cpuRuns < 0) throw new Error('--runs must be ≥ 1 and --cpu-runs ≥ 0, integers');

  const cleanup = createCleanup(log);
  cleanup.installSignalHandlers();
  const { startedAt, stamp, resultsDir, machine } = startRun('image-safety', cleanup);
  // The fixtures as the upload pipeline stores them: 640 px WebP.
  const images = await Promise.all(
    ['safe.png', 'unsafe.png'].map(async (name) =>
      sharp(await readFile(path.join(FIXTURES, name)))
        .resize(640, 640, { fit: 'inside' })
        .webp({ quality: 80 })
        .toBuffer(),
    ),
  );

  log('cold start: first classification (worker start + model load + one image)…');
  const coldStarted = performance.now();
  await classifyImage(images[0]!);
  const coldMs = performance.now() - coldStarted;

  log(`${runs} classifications, one at a time…`);
  const loop = monitorEventLoopDelay({ resolution: 1 });
  loop.enable();
  const verdicts: boolean[] = [];
  const endToEnd = await timed(runs, async (i) => verdicts.push((await classifyImage(images[i % 2]!)).unsafe));
  loop.disable();
  if (verdicts.some((unsafe, i) => unsafe !== (i % 2 === 1))) throw new Error('a fixture was misclassified');
  await closeImageSafety();

  log(`baseline: ${runs} forward passes in this thread (WASM)…`);
  const pixels = await Promise.all(images.map(async (image) => new Uint8Array(await sharp(image).resize(INPUT_SIZE, INPUT_SIZE, { fit: 'fill' }).removeAlpha().raw().toBuffer())));
  setWasmPaths(`${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}${path.sep}`);
  const wasm = summarize(await forwardPasses('wasm', runs, pixels));
  const cpu = cpuRuns > 0 ? summarize(await forwardPasses('cpu', cpuRuns, pixels)) : undefined;

  const e2e = summarize(endToEnd);
  const row = (name: string, s: Summary) => [name, s.count, fmt(s.p50, 1), fmt(s.p90, 1), fmt(s.max, 1), fmt(s.p50 / wasm.p50, 2)];
  const tables = [
    {
      headers: ['measurement', 'runs', 'p50 ms', 'p90 ms', 'max ms', 'p50 / baseline'],
      rows: [
        row('forward pass only, WASM, in-thread (baseline)', wasm),
        row('classifyImage (decode + worker + forward pass)', e2e),
        ...(cpu ? [row('forward pass only, pure-JS CPU backend', cpu)] : []),
      ],
    },
    {
      headers: ['other', 'value'],
      rows: [
        ['cold start: first classifyImage (worker + model load)', `${fmt(coldMs, 0)} ms`],
        [
          'event loop delay during classifyImage runs, p50 / p99 / max',
          `${fmt(loop.percentile(50) / 1e6, 1)} / ${fmt(loop.percentile(99) / 1e6, 1)} / ${fmt(loop.max / 1e6, 1)} ms`,
        ],
      ],
    },
  ];
  writeResults({
    resultsDir,
    name: 'image-safety',
    stamp,
    title: 'Image safety classification',
    command: `npm run bench:image-safety -- ${argv.join(' ')}`.trim(),
    headerLines: [
      `${startedAt.toISOString()} · ${machine.cpuCount} × ${machine.cpuModel} · Node ${machine.node} · commit ${machine.gitCommit?.slice(0, 12) ?? '?'} · load average at start ${machine.loadAverageAtStart.join(' ')}`,
      'nsfwjs MobileNetV2 (224×224), TensorFlow.js WASM backend; inputs: the two fixtures as 640 px WebP, alternating',
    ],
    tables,
    report: {
      startedAt,
      machine,
      runs,
      coldMs,
      endToEnd: e2e,
      baseline: wasm,
      cpu,
      eventLoopDelayMs: { p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
    },
  });
  return 0;
}

runBench('bench:image-safety', main);
