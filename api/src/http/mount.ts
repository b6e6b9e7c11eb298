import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response, Router } from 'express';
import { z } from 'zod';
import type { AppContext } from '../context';
import { forbidden } from '../errors';
import { type Permission, hasPermission } from '../permissions';
import { hasConfirmedTotp } from '../modules/marketplace/two-factor';
import type { AuthUser } from '../auth-user';
import { authenticate, credential } from './auth';
import { AppError } from './errors';
import { parseIdempotencyKey, requestFingerprint, withIdempotency } from './idempotency';
import { limitKey } from '../adapters/rate-limits';
import type { RateLimitRule, Reply, RouteDef, StoreReply } from './route';
import { consume, quotaHeaders, tightest } from './throttle';
import { parseInput } from './validate';
import { readMultipart } from './multipart';

const NoBody = z.union([z.undefined(), z.strictObject({})]);

/**
 * Registers each route as: rate limit (API-wide) → authenticate → authorize → validate → rate limit
 * (the route's budgets) → (idempotency) → handler → respond. Every answer carries RateLimit-* headers
 * for the tightest budget it counted against; a spent one is a 429 with Retry-After.
 */
export function mountRoutes(router: Router, ctx: AppContext, routes: readonly RouteDef[]): void {
  const { budgets } = ctx.rateLimits;
  for (const def of routes) {
    router[def.method](def.path, async (req: Request, res: Response) => {
      const now = ctx.clock.now();
      const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      // A signed-in caller's budget is their own; anyone else's (a bad token too) is their address's.
      const caller =
        def.access === 'public'
          ? null
          : await authenticate(ctx.db, ctx.sessions, req, now).catch(async (err: unknown) => {
              await consume(budgets.api, limitKey('ip', ip));
              throw err;
            });
      const user = caller?.user ?? null;
      const quotas = [await consume(budgets.api, user ? limitKey('user', user.id) : limitKey('ip', ip))];
      res.set(quotaHeaders(quotas[0]!));
      // On a public route a session is optional and only says who is looking: a bad one is no one.
      const viewer = user ?? (credential(req) ? await authenticate(ctx.db, ctx.sessions, req, now).then((c) => c.user, anonymous) : null);
      if (user && def.access !== 'user') await authorizeStaff(ctx, user, def.access);
      const countRoute = async (body: unknown) => {
        for (const rule of def.rateLimit ?? []) quotas.push(await consume(budgets[rule.budget], subjectKey(rule, def, ip, user, body)));
        res.set(quotaHeaders(tightest(quotas)));
      };
      // A form of files is read only within budget: a spent one refuses before megabytes are buffered.
      if (def.multipart) await countRoute(undefined);
      const { params, query, body } = await parseRequest(def, req).catch(async (err: unknown) => {
        if (def.onInvalidInput && user && err instanceof AppError) await def.onInvalidInput({ ctx, user, body: req.body, error: err });
        throw err;
      });
      if (!def.multipart) await countRoute(body);
      const accepts = (types: string[]) => req.accepts(types);
      const header = (name: string) => req.get(name);
      const run = (storeReply: StoreReply) =>
        def.handler({ ctx, params, query, body, user, viewer, token: caller?.token ?? null, ip, secure: req.secure, accepts, header, storeReply });
      const key = def.idempotent ? parseIdempotencyKey(req.get('idempotency-key')) : undefined;
      const reply = key
        ? await withIdempotency(
            ctx.db,
            { userId: (user as AuthUser).id, key, fingerprint: requestFingerprint(req.method, req.path, body), now, ttlHours: ctx.config.IDEMPOTENCY_TTL_HOURS },
            run,
          )
        : await run(() => undefined);
      await send(res, reply);
    });
  }
}

/** A refused credential on a public route: the caller is anonymous; any other failure stays one. */
function anonymous(err: unknown): null {
  if (err instanceof AppError && err.status === 401) return null;
  throw err;
}

/** A staff route needs the permission and, where STAFF_REQUIRE_2FA, two-step verification turned on. */
async function authorizeStaff(ctx: AppContext, user: AuthUser, permission: Permission): Promise<void> {
  if (!hasPermission(user.roles, permission)) throw forbidden();
  if (ctx.config.STAFF_REQUIRE_2FA && !(await hasConfirmedTotp(ctx.db, user.id))) {
    throw forbidden('Staff accounts must turn on two-step verification first: POST /v1/me/2fa/totp, then confirm with a code', 'two_factor_enrolment_required');
  }
}

function subjectKey(rule: RateLimitRule, def: RouteDef, ip: string, user: AuthUser | null, body: unknown): string {
  if (rule.per === 'ip') return limitKey('ip', ip);
  if (rule.per === 'email') return limitKey('email', (body as { email: string }).email);
  return limitKey('user', (user as AuthUser).id, def.method, def.path);
}

async function parseRequest(def: RouteDef, req: Request): Promise<{ params: unknown; query: unknown; body: unknown }> {
  const params = def.params ? parseInput(def.params, req.params, 'params') : undefined;
  const query = def.query ? parseInput(def.query, req.query, 'query') : undefined;
  const body = def.method !== 'get' ? parseInput(def.body ?? NoBody, def.multipart ? await multipartBody(def, req) : requestBody(def, req), 'body') : undefined;
  return { params, query, body };
}

const hasBody = (req: Request) => Number(req.get('content-length') ?? 0) > 0 || req.get('transfer-encoding') !== undefined;

function assertBodyType(req: Request, types: readonly string[]): void {
  if (hasBody(req) && !req.is([...types])) {
    const expected = types.join(' or ');
    throw new AppError(415, 'unsupported_media_type', `Request bodies must be ${expected}`, [{ field: 'header.Content-Type', message: `must be ${expected}` }]);
  }
}

/** A form of files; no body at all is an empty form, for `body` to refuse naming the field. */
async function multipartBody(def: RouteDef, req: Request): Promise<unknown> {
  assertBodyType(req, ['multipart/form-data']);
  return hasBody(req) ? readMultipart(req, def.multipart!) : { files: [] };
}

function requestBody(def: RouteDef, req: Request): unknown {
  assertBodyType(req, def.bodyTypes ?? ['application/json']);
  if (def.bodyTypes) return Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  return req.body;
}

async function send(res: Response, reply: Reply): Promise<void> {
  for (const [name, value] of Object.entries(reply.headers ?? {})) res.setHeader(name, value);
  // A failure mid-stream destroys the response: the client sees a truncated transfer, never a complete-looking file.
  if (reply.stream) await pipeline(Readable.from(reply.stream), res.status(reply.status));
  else if (reply.body === undefined) res.status(reply.status).end();
  // A file's bytes, sent as they are under the Content-Type the handler set.
  else if (Buffer.isBuffer(reply.body)) res.status(reply.status).send(reply.body);
  else if (reply.headers?.['Content-Type']) res.status(reply.status).send(JSON.stringify(reply.body));
  else res.status(reply.status).json(reply.body);
}
