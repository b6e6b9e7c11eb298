import { existsSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { sql } from 'kysely';
import type { AppContext } from './context';
import { csrfGuard } from './http/csrf';
import { mountRoutes } from './http/mount';
import { notFoundHandler, problemHandler } from './http/problem';
import { securityHeaders } from './http/security-headers';
import { stripeWebhookHandler } from './modules/money/stripe-webhooks/stripe-webhook.handler';
import { prometheusHandler } from './modules/platform/metrics/prometheus.handler';
import { openApiDocument } from './openapi-document';
import { ROUTES } from './routes';

export function createApp(ctx: AppContext): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', ctx.config.TRUST_PROXY);
  app.use((req, res, next) => {
    const requestId = /^[\w-]{1,64}$/.test(req.get('x-request-id') ?? '') ? req.get('x-request-id')! : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    next();
  });
  app.use(securityHeaders());
  app.use(csrfGuard());
  // Before the JSON parser: Stripe signs the raw bytes.
  app.post('/v1/webhooks/stripe', express.raw({ type: 'application/json', limit: '1mb' }), stripeWebhookHandler(ctx));
  const json = { strict: true, type: ['application/json', 'application/*+json'] };
  // A route with its own limit parses first; the app-wide parser then sees the body as parsed.
  for (const r of ROUTES) {
    if (r.bodyTypes) app[r.method](r.path, express.raw({ type: [...r.bodyTypes], limit: r.bodyLimit ?? '1mb' }));
    else if (r.bodyLimit) app[r.method](r.path, express.json({ ...json, limit: r.bodyLimit }));
  }
  app.use(express.json({ ...json, limit: '1mb' }));

  const openapi = openApiDocument();
  app.get('/openapi.json', (_req, res) => void res.json(openapi));
  app.get('/health', async (_req, res) => {
    const checks = await Promise.allSettled([sql`SELECT 1`.execute(ctx.db), ctx.analytics.client.ping()]);
    const [postgres, clickhouse] = checks.map((c) => (c.status === 'fulfilled' && (c.value as { success?: boolean }).success !== false ? 'ok' : 'down'));
    const ok = postgres === 'ok' && clickhouse === 'ok';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', postgres, clickhouse, model: ctx.scorer.version });
  });

  app.get('/metrics', prometheusHandler(ctx));

  const api = express.Router();
  mountRoutes(api, ctx, ROUTES);
  app.use(api);

  serveConsole(app, ctx.config.CONSOLE_DIR);
  app.use(notFoundHandler);
  app.use(problemHandler(ctx.logger));
  return app;
}

/** The built console at /console/, with deep links falling back to its index.html. */
function serveConsole(app: Express, dir: string): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) return;
  app.use('/console', express.static(dir, { index: false, maxAge: '1h' }));
  app.get(/^\/console(\/.*)?$/, (_req, res) => res.sendFile(index));
  app.get('/', (_req, res) => res.redirect('/console/'));
}
