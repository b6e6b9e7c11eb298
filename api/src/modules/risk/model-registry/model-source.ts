import type { Kysely } from 'kysely';
import type { ModelSource } from '../../../adapters/serving-models';
import type { Clock } from '../../../clock';
import type { DB } from '../../../db/schema';
import { registerModelFiles } from './model-registration';
import { REGISTRY_CHANNEL, servingModelVersions } from './model-registry.repository';

/** The registry as what the serving models follow: its active and shadow versions, its change channel, registering the models folder's files. */
export function modelRegistrySource({ db, clock }: { db: Kysely<DB>; clock: Clock }): ModelSource {
  return {
    channel: REGISTRY_CHANNEL,
    register: ({ dir, bootstrap }) => registerModelFiles(db, dir, bootstrap, clock.now()),
    serving: () => servingModelVersions(db),
  };
}
