import type { Kysely } from 'kysely';
import { type ModelSource, modelsLocation } from '../../../adapters/serving-models';
import type { Clock } from '../../../clock';
import type { Config } from '../../../config';
import type { DB } from '../../../db/schema';
import { registerModelFiles } from './model-registration';
import { REGISTRY_CHANNEL, servingModelVersions } from './model-registry.repository';

/** The registry as what the serving models follow: its active and shadow versions, its change channel, the files it starts from. */
export function modelRegistrySource({ config, db, clock }: { config: Pick<Config, 'FRAUD_MODEL_PATH'>; db: Kysely<DB>; clock: Clock }): ModelSource {
  const { dir, bootstrap } = modelsLocation(config);
  return {
    channel: REGISTRY_CHANNEL,
    register: () => registerModelFiles(db, dir, bootstrap, clock.now()),
    serving: () => servingModelVersions(db),
  };
}
