import { readdir } from 'node:fs/promises';
import { type Kysely, sql } from 'kysely';
import { ModelFileChanged, readModelFile } from '../../../adapters/serving-models';
import type { DB } from '../../../db/schema';
import { inTransaction } from '../../../db/transaction';
import { recordStatusChange } from './model-registry.repository';

/**
 * Registers every `*.onnx` in `dir` not yet in the registry (idempotent; one process at a time via an
 * advisory lock), and refuses to start when a registered version's file changed. New versions start
 * in shadow — scored and recorded, never acting — except `bootstrap`, which becomes active when the
 * registry has no active version yet (a fresh database).
 */
export async function registerModelFiles(db: Kysely<DB>, dir: string, bootstrap: string, now: Date): Promise<void> {
  const files = await Promise.all(
    (await readdir(dir))
      .filter((f) => f.endsWith('.onnx'))
      .sort()
      .map((f) => readModelFile(dir, f)),
  );
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
      const model = await trx
        .insertInto('model_versions')
        .values({
          version: f.version,
          file: f.file,
          sha256: f.sha256,
          feature_names: JSON.stringify(f.featureNames),
          status,
          created_at: now,
          updated_at: now,
        })
        .returning(['id', 'version'])
        .executeTakeFirstOrThrow();
      await recordStatusChange(trx, { model, from: null, to: status, actorId: null, reason: `registered from ${f.file}`, now });
    }
    if (!hasActive) throw new Error(`no active fraud model: ${bootstrap}.onnx is not in ${dir} and the registry has no active version`);
  });
}
