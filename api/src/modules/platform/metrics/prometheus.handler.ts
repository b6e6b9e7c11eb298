import { createHash, timingSafeEqual } from 'node:crypto';
import { relayBacklog, relayCounters } from '@agora/analytics';
import { type Kysely, sql } from 'kysely';
import express, { type Express, type RequestHandler } from 'express';
import type { AppContext } from '../../../context';
import type { DB } from '../../../db/schema';
import { bearerToken } from '../../../http/auth';
import { AppError } from '../../../http/errors';
import { notFoundHandler, problemHandler } from '../../../http/problem';
import { type LabelledMetric, notificationMetrics } from '../../marketplace/notifications';

interface Metric {
  name: string;
  type: 'gauge' | 'counter';
  help: string;
  value: number;
}

// Digests of equal length, so the comparison's timing says nothing about the token, not even its length.
function sameToken(given: string, expected: string): boolean {
  const digest = (token: string) => createHash('sha256').update(token).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Events the catalogue refused, when its dead-letter table exists in this database. */
async function deadLetters(db: Kysely<DB>): Promise<number | null> {
  const { rows } = await sql<{ present: boolean }>`SELECT to_regclass('outbox_dead_letters') IS NOT NULL AS present`.execute(db);
  if (!rows[0]?.present) return null;
  const counted = await sql<{ n: number }>`SELECT count(*)::int AS n FROM outbox_dead_letters`.execute(db);
  return counted.rows[0]!.n;
}

// Label values are our own enumerations (channels, statuses): nothing to escape.
const labelsOf = (labels: Record<string, string>) =>
  `{${Object.entries(labels)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',')}}`;

function render(metrics: readonly Metric[], labelled: readonly LabelledMetric[]): string {
  return [
    ...metrics.map((m) => `# HELP ${m.name} ${m.help}\n# TYPE ${m.name} ${m.type}\n${m.name} ${m.value}\n`),
    ...labelled.map((m) => `# HELP ${m.name} ${m.help}\n# TYPE ${m.name} ${m.type}\n${m.samples.map((s) => `${m.name}${labelsOf(s.labels)} ${s.value}\n`).join('')}`),
  ].join('');
}

/**
 * GET /metrics in the Prometheus text format. Off (404) unless METRICS_TOKEN is set, then only
 * with that bearer token (401 otherwise): the numbers reveal business volume, and a scraper
 * cannot hold a staff session, so it gets a credential that opens this endpoint and nothing else.
 * Backlog and lag come from Postgres (the same from every process); the counters are this
 * process's, as Prometheus expects of a counter.
 */
export function prometheusHandler(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    const expected = ctx.config.METRICS_TOKEN;
    if (!expected) return next();
    const given = bearerToken(req);
    if (!given || !sameToken(given, expected)) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new AppError(401, 'unauthenticated', 'The metrics bearer token is required');
    }
    const [backlog, dead, notifications] = await Promise.all([relayBacklog(ctx.db), deadLetters(ctx.db), notificationMetrics(ctx)]);
    const metrics: Metric[] = [
      { name: 'relay_lag_seconds', type: 'gauge', help: 'Age of the oldest unpublished outbox event (0 when none waits).', value: backlog.lagSeconds },
      { name: 'relay_backlog_events', type: 'gauge', help: 'Unpublished outbox events (exact up to 10000, an upper bound above).', value: backlog.events },
      { name: 'relay_events_relayed_total', type: 'counter', help: 'Events this process shipped from the outbox, redeliveries included.', value: relayCounters.relayed },
      { name: 'relay_batch_failures_total', type: 'counter', help: 'Relay batches that failed in this process (retried with backoff).', value: relayCounters.failures },
      { name: 'relay_consumer_events_total', type: 'counter', help: 'Events this process wrote from the broker to ClickHouse (RELAY_SINK=nats).', value: relayCounters.consumed },
      { name: 'relay_consumer_failures_total', type: 'counter', help: 'Broker consumer batches that failed in this process.', value: relayCounters.consumerFailures },
      ...(dead === null ? [] : [{ name: 'outbox_dead_letters', type: 'gauge' as const, help: 'Events refused by the event catalogue.', value: dead }]),
    ];
    res.type('text/plain; version=0.0.4; charset=utf-8').send(render(metrics, notifications));
  };
}

/** The worker role serves no API, but its relay counters live in its process: it serves /metrics alone. */
export function metricsOnlyApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', prometheusHandler(ctx));
  app.use(notFoundHandler);
  app.use(problemHandler(ctx.logger));
  return app;
}
