import type { z } from 'zod';
import type { AppContext } from '../context';
import type { BeforeCommit } from '../db/before-commit';
import type { Permission } from '../permissions';
import type { AuthUser } from '../auth-user';
import type { AppError } from './errors';
import type { Budget } from '../adapters/rate-limits';
import type { MultipartLimits } from './multipart';

/** Who may call a route: anyone, any signed-in user, or staff holding one permission. */
export type Access = 'public' | 'user' | Permission;

export interface Reply {
  status: number;
  body?: unknown;
  /** An array sends the header once per value (Set-Cookie). */
  headers?: Record<string, string | string[]>;
  /** A non-JSON body written chunk by chunk (e.g. a CSV export); set Content-Type in `headers`. */
  stream?: AsyncIterable<string>;
}

export interface HandlerInput<A extends Access, P, Q, B> {
  ctx: AppContext;
  params: P;
  query: Q;
  body: B;
  user: A extends 'public' ? null : AuthUser;
  /**
   * Who is looking: the user; on a public route, the signed-in caller when the request carries a valid
   * session (else null, never a 401), for what their blocks hide from them.
   */
  viewer: AuthUser | null;
  /** The caller's session token, from the bearer header or the session cookie (to revoke it on logout). */
  token: A extends 'public' ? null : string;
  /** The caller's address (behind a trusted proxy, the client's), for per-address limits. */
  ip: string;
  /** The request came over TLS (directly or as a trusted proxy says): cookies then take Secure. */
  secure: boolean;
  /** A request header's value, if sent. */
  header: (name: string) => string | undefined;
  /** Content negotiation on the Accept header: the best of `types`, or false if none is acceptable. */
  accepts: (types: string[]) => string | false;
  /**
   * Idempotent routes called with a key: a hook to hand to the service, which stores the reply built
   * from its result inside its own transaction (saving a separate write and commit after it).
   * Undefined without a key; replies not stored this way are stored after the handler returns.
   */
  storeReply: StoreReply;
}

export type StoreReply = <T>(toReply: (result: T) => Reply) => BeforeCommit<T> | undefined;

/**
 * A budget the route counts against besides the API-wide one, per caller: `ip` their address,
 * `email` the body's (validated) email, `user` the signed-in user on this route alone (each kind of
 * content has its own budget).
 */
export interface RateLimitRule {
  budget: Exclude<Budget, 'api'>;
  per: 'ip' | 'email' | 'user';
}

/** For routes that create content others see (listings, messages, reviews, reports, disputes): per user, per route. */
export const CREATES_CONTENT: RateLimitRule[] = [{ budget: 'create', per: 'user' }];

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

/** One route: its contract (for validation and the OpenAPI document) and a thin handler. */
export interface RouteDef<A extends Access = any, P extends z.ZodType | undefined = any, Q extends z.ZodType | undefined = any, B extends z.ZodType | undefined = any> {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  /** Stable camelCase name a generated client calls the operation by; staff routes start with `admin`. */
  operationId: string;
  summary: string;
  tag: string;
  access: A;
  params?: P;
  query?: Q;
  body?: B;
  /** Honours the Idempotency-Key header (money-moving and creating POSTs). */
  idempotent?: boolean;
  rateLimit?: RateLimitRule[];
  /**
   * Called when the request's input is refused, before the problem goes out: for a route whose every
   * attempt must be recorded (the analysts' SQL audit), refusals at the edge included.
   */
  onInvalidInput?: (input: { ctx: AppContext; user: AuthUser; body: unknown; error: AppError }) => Promise<void>;
  /** A JSON body limit above the app-wide 1 MB, for the few routes that take files. */
  bodyLimit?: string;
  /**
   * The body is raw bytes of one of these media types (an upload) instead of JSON: the handler gets a
   * Buffer (empty when none was sent), which `body` validates (e.g. `RawBytes`).
   */
  bodyTypes?: readonly string[];
  /**
   * The body is multipart/form-data carrying files (busboy, within these limits), read only once the
   * caller is authenticated: the handler gets `{ files: UploadedFile[] }`, which `body` validates.
   */
  multipart?: MultipartLimits;
  /**
   * Per status. Errors are problem+json. A success body is JSON by `schema`, unless `contentTypes` lists
   * its media types: JSON ones take the schema, text/* is text, anything else bytes (a file download).
   */
  responses: Record<number, { description: string; schema?: z.ZodType; contentTypes?: string[] }>;
  handler: (input: HandlerInput<A, Infer<P>, Infer<Q>, Infer<B>>) => Promise<Reply>;
}

export function route<A extends Access, P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
  def: RouteDef<A, P, Q, B>,
): RouteDef<A, P, Q, B> {
  return def;
}
