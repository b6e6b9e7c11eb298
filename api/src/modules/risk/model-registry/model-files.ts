import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { DEFAULT_MODEL_PATH, modelFeatureNames } from '@agora/fraud-models';
import { type Kysely, sql } from 'kysely';
import type { Config } from '../../../config';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { recordStatusChange } from './model-registry.repository';

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

/**
 * Registers every `*.onnx` in `dir` not yet in the registry (idempotent; one process at a time via an
 * advisory lock), and refuses to start when a registered version's file changed. New versions start
 * in shadow — scored and recorded, never acting — except `bootstrap`, which becomes active when the
 * registry has no active version yet (a fresh database).
 */
export async function registerModelFiles(db: Kysely<DB>, dir: string, bootstrap: string, now: Date): Promise<void> {
  const files = await Promise.all((await readdir(dir)).filter((f) => f.endsWith('.onnx')).sort().map((f) => readModelFile(dir, f)));
  await inTransaction(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(hashtext(${'model_versions.register'}))`.execute(trx);
    const registered = new Map((await trx.selectFrom('model_versions').select(['version', 'sha256']).execute()).map((r) => [r.version, r.sha256]));
    let hasActive = (await trx.selectFrom('model_versions').select('version').where('status', '=', 'active').executeTakeFirst()) !== undefined;
    for (const f of files) {
      const sha = registered.get(f.version);
      if (sha !== undefined) {
        if (sha !== f.sha256) throw new ModelFileChanged(f.version, f.file, sha, f.sha256);
        continue;
      }
      const status = !hasActive && f.version === bootstrap ? 'active' : 'shadow';
      hasActive ||= status === 'active';
      const model = await trx.insertInto('model_versions').values({
        version: f.version, file: f.file, sha256: f.sha256, feature_names: JSON.stringify(f.featureNames), status, created_at: now, updated_at: now,
      }).returning(['id', 'version']).executeTakeFirstOrThrow();
      await recordStatusChange(trx, { model, from: null, to: status, actorId: null, reason: `registered from ${f.file}`, now });
    }
    if (!hasActive) throw new Error(`no active fraud model: ${bootstrap}.onnx is not in ${dir} and the registry has no active version`);
  });
}
