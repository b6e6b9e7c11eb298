// The app under test as a child process, started the way production starts it (api/src/main.ts
// under tsx; `npm start` would build the console first, which a benchmark does not need).
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort } from '../../api/src/db/free-port';
import { waitForHttp } from './http';
import { type Cleanup, type Service, startService } from './processes';

export const REPO_ROOT = path.resolve(__dirname, '../..');

export interface StartedApp {
  url: string;
  service: Service;
  logFile: string;
}

export interface AppOptions {
  databaseUrl: string;
  /** DATA_DIR (embedded ClickHouse) and the log file go here. */
  tmpDir: string;
  cleanup: Cleanup;
  role?: 'all' | 'api' | 'worker';
  /** Extra environment for the app. */
  env?: Record<string, string>;
  /**
   * Node flags such as --cpu-prof (which Node 20 refuses in NODE_OPTIONS). With flags the app runs
   * as one process, `node <flags> --import tsx main.ts`, instead of under the tsx CLI.
   */
  nodeArgs?: string[];
  startTimeoutMs?: number;
}

export async function startApp(opts: AppOptions): Promise<StartedApp> {
  const port = await freePort();
  const dataDir = path.join(opts.tmpDir, 'app-data');
  mkdirSync(dataDir, { recursive: true });
  const logFile = path.join(opts.tmpDir, 'app.log');
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Nothing from the caller's shell may redirect the app to other services.
  for (const key of Object.keys(env)) if (key.startsWith('CLICKHOUSE_') || key === 'FRAUD_MODEL_PATH') delete env[key];
  Object.assign(env, {
    ROLE: opts.role ?? 'all',
    DATABASE_URL: opts.databaseUrl,
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: String(port),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // The workload's sellers are new accounts; it measures the order path, not the listing queue.
    LISTING_AUTO_APPROVE: 'true',
    // One client from one address at machine speed: it measures the API, not its rate limits.
    RATE_LIMIT_API_PER_MINUTE: '100000000',
    RATE_LIMIT_CREATE_PER_HOUR: '100000000',
    RATE_LIMIT_AUTH_IP_PER_MINUTE: '100000000',
    RATE_LIMIT_AUTH_ACCOUNT_PER_MINUTE: '100000000',
    RATE_LIMIT_REGISTER_IP_PER_HOUR: '100000000',
    RATE_LIMIT_MAIL_PER_HOUR: '100000000',
    // Verifying an address is a one-time step before the order path the benchmark measures.
    REQUIRE_VERIFIED_EMAIL: 'false',
    ...opts.env,
  });
  const main = path.join(REPO_ROOT, 'api/src/main.ts');
  const tsxCli = path.join(path.dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  const args = opts.nodeArgs?.length ? [...opts.nodeArgs, '--import', 'tsx', main] : [tsxCli, main];
  const service = startService('app', process.execPath, args, { env, cwd: REPO_ROOT, logFile });
  opts.cleanup.add('stop the app', () => service.stop());
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}/health`, {
      timeoutMs: opts.startTimeoutMs ?? 180_000,
      alive: () => {
        const state = service.exitState();
        return state ? `the app ${state} before answering /health:\n${service.tail()}` : null;
      },
    });
  } catch (err) {
    throw new Error(`${err instanceof Error ? err.message : String(err)}\n(app log: ${logFile})`);
  }
  return { url, service, logFile };
}
