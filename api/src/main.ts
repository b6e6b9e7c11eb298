import './threadpool';
import { closeEmbeddedClickHouse, migrateClickHouse } from '@agora/analytics';
import type { Server } from 'node:http';
import { inspect } from 'node:util';
import { createApp } from './app';
import { loadConfig } from './config';
import { closeContext, createContext } from './context';
import { startEmbeddedPostgres } from './db/embedded-postgres';
import { localPostgresDir, publishLocalPostgresUrl } from './db/local-postgres';
import { migrateToLatest } from './db/migrate';
import { createLogger } from './logger';
import { startAnalystSql } from './modules/platform/analytics';
import { metricsOnlyApp } from './modules/platform/metrics';
import { modelRegistrySource } from './modules/risk/model-registry';
import { ensureStaffAccount } from './modules/marketplace/users';
import { demoStaff, isEmpty, seedDemoData } from './seed/demo-data';
import { startWorker } from './worker';
import { attachRealtime } from './http/realtime';
import { REALTIME_CHANNELS } from './realtime-channels';

/** What to undo, last first, on shutdown or on a failed start (so a failed start leaves no server running). */
const cleanup: (() => Promise<void>)[] = [];

/** Starts the role named by ROLE: `all` (default), `api` or `worker`. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    for (const step of cleanup.reverse()) await step().catch((err) => logger.error({ err }, 'shutdown step failed'));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const pg = await startEmbeddedPostgres(localPostgresDir(config.DATA_DIR), {
      persistent: true,
      onOrphanStopped: (pid) => logger.warn({ postgres_pid: pid }, 'stopped an embedded Postgres left running by a previous run that did not shut down'),
    });
    cleanup.push(pg.stop);
    databaseUrl = pg.url;
    // So CLIs (audit:verify, reconcile) can reach this server while the app runs.
    const unpublish = publishLocalPostgresUrl(config.DATA_DIR, pg.url);
    cleanup.push(async () => unpublish());
    logger.info('embedded Postgres started');
  }
  const ctx = await createContext({ config, logger, databaseUrl, modelSource: modelRegistrySource });
  cleanup.push(async () => {
    await closeContext(ctx);
    await closeEmbeddedClickHouse();
  });
  await migrateToLatest(ctx.db);
  await migrateClickHouse(ctx.analytics);
  await ctx.scorer.start();
  if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) await ensureStaffAccount(ctx, config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
  // On a ClickHouse server: logs at start when the analyst user is missing or holds too much.
  if (config.ROLE !== 'worker') await startAnalystSql(ctx);

  let staff;
  if (config.ROLE !== 'worker' && config.SEED_DEMO) {
    staff = await demoStaff(ctx);
    if (await isEmpty(ctx)) {
      logger.info('seeding demo data (first start only)');
      const counts = await seedDemoData(ctx);
      logger.info(counts, 'demo data seeded');
    }
  }
  if (config.ROLE !== 'api') {
    const worker = await startWorker(ctx, databaseUrl);
    cleanup.push(() => worker.stop());
  }
  if (config.ROLE === 'worker' && config.METRICS_TOKEN) {
    const server = metricsOnlyApp(ctx).listen(config.PORT, config.HOST);
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
    cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  }
  if (config.ROLE !== 'worker') {
    const server: Server = createApp(ctx).listen(config.PORT, config.HOST);
    // Outlive load balancers' idle timeouts (commonly 60 s) so they never reuse a socket we closed.
    server.keepAliveTimeout = 65_000;
    await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
    cleanup.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const realtime = await attachRealtime(server, ctx, databaseUrl, REALTIME_CHANNELS);
    cleanup.push(() => realtime.close());
    const base = `http://localhost:${config.PORT}`;
    const lines = [
      '',
      `  Agora is running (role: ${config.ROLE})`,
      `  API        ${base}/v1   (OpenAPI: ${base}/openapi.json, health: ${base}/health)`,
      `  Real time  ${base.replace('http', 'ws')}/v1/realtime`,
      `  Console    ${base}/console/`,
      ...(staff ? [`  Demo staff ${staff.email} / ${staff.password}`] : []),
      ...(config.ADMIN_EMAIL ? [`  Admin      ${config.ADMIN_EMAIL} (password from ADMIN_PASSWORD)`] : []),
      '  Stop with Ctrl-C.',
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

main().catch(async (err: unknown) => {
  // Whatever was thrown, its cause is printed: a library may reject with no Error, or with nothing.
  process.stderr.write(`Agora failed to start: ${err instanceof Error ? (err.stack ?? err.message) : inspect(err)}\n`);
  for (const step of cleanup.reverse()) await step().catch((cause: unknown) => process.stderr.write(`  while cleaning up: ${inspect(cause)}\n`));
  process.exit(1);
});
