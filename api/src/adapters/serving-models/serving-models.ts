import { type BatchFraudScorer, type FraudScorer, loadScorer } from '@agora/fraud-models';
import { Client } from 'pg';
import type { Config } from '../../config';
import type { ModelStatus } from '../../db/schema';
import type { Logger } from '../../logger';
import { ModelFileChanged, modelsLocation, readModelFile } from './model-files';

/** A registered version: its file in the models directory and the sha256 it was registered with. */
export interface RegisteredModel {
  version: string;
  file: string;
  sha256: string;
}

/**
 * What to serve. The model registry (modules/risk/model-registry) implements it: this adapter loads
 * and scores ONNX files and never reads the registry's tables.
 */
export interface ModelSource {
  /** A Postgres channel NOTIFYed on every change of what to serve. */
  channel: string;
  /** Once, at start: registers the files of the models folder (`dir`, with `bootstrap` the configured model) the registry does not know yet. */
  register(location: { dir: string; bootstrap: string }): Promise<void>;
  /** The versions to serve now: the active one and the shadows. */
  serving(): Promise<(RegisteredModel & { status: ModelStatus })[]>;
}

export interface LoadedModel {
  version: string;
  sha256: string;
  scorer: BatchFraudScorer;
}

export interface ServingSet {
  /** Decides. */
  live: LoadedModel;
  /** Score the same orders and are recorded; never act. */
  shadows: readonly LoadedModel[];
}

/**
 * The models this process scores with, following the registry without a restart: a NOTIFY on every
 * status change triggers a re-read, and a periodic re-read covers a missed notification (a dropped
 * LISTEN connection). Each version's ONNX session is loaded once and kept, so a rollback is instant.
 * As a FraudScorer it is the live model.
 */
export interface ServingModels extends FraudScorer {
  /** Registers the model files, loads the serving set and starts following the registry. After migrations. */
  start(): Promise<void>;
  /** The serving set now; no I/O. */
  current(): ServingSet;
  /** Loads (once) and returns a registered version, checking its file still has the registered sha256. */
  ensureLoaded(row: RegisteredModel): Promise<LoadedModel>;
  /** Re-reads the registry now; resolves when this process serves what it says. */
  refresh(): Promise<void>;
}

export interface ServingModelsOptions {
  config: Pick<Config, 'FRAUD_MODEL_PATH' | 'MODEL_REGISTRY_REFRESH_SECONDS'>;
  source: ModelSource;
  /** For the LISTEN connection (a pooled connection cannot hold it). */
  databaseUrl: string;
  logger: Logger;
}

/** No I/O until start(). */
export function createServingModels(opts: ServingModelsOptions): ServingModels {
  const log = opts.logger.child({ module: 'model-registry' });
  const location = modelsLocation(opts.config);
  const { dir } = location;
  const loaded = new Map<string, Promise<LoadedModel>>();
  let serving: ServingSet | null = null;
  let listener: Client | null = null;
  let connecting = false;
  let timer: NodeJS.Timeout | null = null;
  let chain: Promise<void> = Promise.resolve();
  let closed = false;

  const ensureLoaded = (row: RegisteredModel): Promise<LoadedModel> => {
    const key = `${row.version}@${row.sha256}`;
    let model = loaded.get(key);
    if (!model) {
      model = (async () => {
        const file = await readModelFile(dir, row.file);
        if (file.sha256 !== row.sha256) throw new ModelFileChanged(row.version, row.file, row.sha256, file.sha256);
        return { version: row.version, sha256: row.sha256, scorer: await loadScorer({ version: row.version, bytes: file.bytes }) };
      })();
      // A failed load is retried on the next re-read (the file may be fixed by then).
      model.catch(() => loaded.delete(key));
      loaded.set(key, model);
    }
    return model;
  };

  const reload = async (): Promise<void> => {
    const rows = await opts.source.serving();
    const active = rows.find((r) => r.status === 'active');
    if (!active) throw new Error('the model registry has no active version');
    // The active model must load, or this process keeps serving what it had; a shadow that does not load is skipped.
    const live = await ensureLoaded(active);
    const shadows: LoadedModel[] = [];
    for (const row of rows.filter((r) => r.status === 'shadow')) {
      try {
        shadows.push(await ensureLoaded(row));
      } catch (err) {
        log.error({ err, version: row.version }, 'shadow model not loaded');
      }
    }
    if (serving?.live.version !== live.version) log.info({ version: live.version, previous: serving?.live.version ?? null }, 'live fraud model');
    serving = { live, shadows };
  };

  // Re-reads run one after another, so a late one never overwrites a newer answer.
  const refresh = (): Promise<void> => {
    chain = chain.then(reload).catch((err) => log.error({ err }, 'model registry re-read failed; serving the previous models'));
    return chain;
  };

  const listen = async (): Promise<void> => {
    if (connecting) return;
    connecting = true;
    const client = new Client({ connectionString: opts.databaseUrl, application_name: 'agora-model-registry' });
    client.on('error', (err: Error & { code?: string }) => {
      // Expected when Postgres restarts or shuts down beside us (Ctrl-C reaches the embedded one too): no stack.
      log.warn({ error: { code: err.code, message: err.message } }, 'model registry LISTEN connection lost; re-reading periodically until it is back');
      if (listener === client) listener = null;
    });
    client.on('notification', () => void refresh());
    try {
      await client.connect();
      await client.query(`LISTEN ${opts.source.channel}`);
    } catch (err) {
      await client.end().catch(() => undefined);
      throw err;
    } finally {
      connecting = false;
    }
    if (closed) await client.end();
    else listener = client;
  };

  const current = (): ServingSet => {
    if (!serving) throw new Error('serving models not started');
    return serving;
  };

  return {
    get version() {
      return current().live.version;
    },
    score: (input) => current().live.scorer.score(input),
    current,
    ensureLoaded,
    refresh,
    async start() {
      await opts.source.register(location);
      await reload();
      await listen();
      timer = setInterval(() => {
        if (!listener) listen().catch((err) => log.warn({ err }, 'model registry LISTEN reconnect failed'));
        void refresh();
      }, opts.config.MODEL_REGISTRY_REFRESH_SECONDS * 1000);
      timer.unref();
    },
    async close() {
      closed = true;
      if (timer) clearInterval(timer);
      await listener?.end().catch(() => undefined);
      listener = null;
      await chain;
      const models = await Promise.allSettled(loaded.values());
      await Promise.all(models.map((m) => (m.status === 'fulfilled' ? m.value.scorer.close() : undefined)));
    },
  };
}
