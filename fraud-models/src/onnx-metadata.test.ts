import { readFileSync } from 'node:fs';
import { constantModel } from '../../test/onnx-fixture';
import { FEATURE_NAMES, vectorFor } from './features';
import { readModelMetadata } from './onnx-metadata';
import { DEFAULT_MODEL_PATH, loadScorer, modelFeatureNames, modelPath } from './scorer';

test('the newest committed model carries the current feature names in its metadata', () => {
  const bytes = readFileSync(modelPath('fraud-gbt-v3'));
  expect(readModelMetadata(bytes)).toMatchObject({ probability_column: '1' });
  expect(modelFeatureNames(bytes)).toEqual([...FEATURE_NAMES]);
});

test('a model built on other feature names gets its input built from them', async () => {
  const names = ['hour_of_day', 'log_amount_major'];
  const scorer = await loadScorer({ version: 'two', bytes: constantModel(names, 0.25) });
  expect(scorer.featureNames).toEqual(names);
  expect(await scorer.scoreMany([{} as never, {} as never])).toEqual([expect.closeTo(0.25, 6), expect.closeTo(0.25, 6)]);
  await scorer.close();
  const input = { amount_minor: 999, currency_exponent: 2, hour_of_day: 7 } as never;
  expect([...vectorFor(names)(input)]).toEqual([7, Math.fround(Math.log1p(9.99))]);
});

test('a file without feature names, a truncated file and an unknown feature are refused at load', async () => {
  const bytes = readFileSync(DEFAULT_MODEL_PATH);
  expect(() => readModelMetadata(bytes.subarray(0, bytes.length - 10))).toThrow('truncated ONNX protobuf');
  expect(() => modelFeatureNames(new Uint8Array([0x08, 0x08]))).toThrow('no feature_names metadata');
  await expect(loadScorer({ version: 'bad', bytes: constantModel(['no_such_feature'], 0.5) })).rejects.toThrow('unknown feature "no_such_feature"');
});
