import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApiRequest, type FakeState, accountInvalid, dispatch, emit, emptyState } from './api';
import { StripeApiError, idempotencyError, invalidRequest } from './errors';
import { FormError, type FormObject, parseForm } from './form';
import { API_VERSION, type Dispute, type DisputeStatus, type StripeEvent, applyAccountFlags, newId, unixNow } from './objects';
import { type Delivery, postWebhook, signatureHeader, webhookPayload } from './webhooks';

export interface RecordedRequest {
  method: string;
  path: string;
  params: FormObject;
  idempotencyKey: string | null;
  stripeAccount: string | null;
  status: number;
  /** A response replayed for a repeated idempotency key: nothing was executed. */
  replayed: boolean;
}

interface SavedResponse {
  fingerprint: string;
  status: number;
  body: unknown;
}

/**
 * A local stand-in for api.stripe.com speaking its wire format: form-encoded requests, Stripe's
 * JSON objects and error envelope, idempotency keys, and signed webhooks. Test code only.
 */
export interface FakeStripe {
  readonly url: string;
  readonly secretKey: string;
  readonly state: FakeState;
  readonly requests: RecordedRequest[];
  /** Requests to `METHOD /path` that Stripe carried out — succeeded, or declined (402) — replays excluded. */
  count(method: string, path: string): number;
  /** Where `deliver` sends events, and the endpoint's signing secret. */
  useWebhookEndpoint(url: string, secret: string): void;
  /** Sends one event (again, for a replay), signed; `timestamp` and `secret` override for failure tests. */
  deliver(event: StripeEvent, opts?: { timestamp?: number; secret?: string }): Promise<Delivery>;
  /** What onboarding at Stripe would do: flips the account's flags and emits `account.updated`. */
  updateAccount(id: string, flags: { charges_enabled?: boolean; payouts_enabled?: boolean }): StripeEvent;
  /** The cardholder's bank opens a chargeback on the PaymentIntent's charge: `charge.dispute.created`. */
  openDispute(paymentIntentId: string, opts?: { reason?: string; amount?: number }): { dispute: Dispute; event: StripeEvent };
  /** The dispute moves (e.g. evidence submitted → under_review): `charge.dispute.updated`, or `.closed` when won/lost. */
  setDisputeStatus(id: string, status: DisputeStatus): StripeEvent;
  close(): Promise<void>;
}

export async function startFakeStripe(secretKey = 'sk_test_fake_agora'): Promise<FakeStripe> {
  const state = emptyState();
  const requests: RecordedRequest[] = [];
  const saved = new Map<string, SavedResponse>();
  let endpoint: { url: string; secret: string } | undefined;

  const server = createServer((req, res) => {
    readBody(req)
      .then((raw) => respond(handle(req, raw)))
      .catch((err: unknown) => respond({ status: 500, body: { error: { type: 'api_error', message: String(err) } }, headers: {} }));

    function respond(out: { status: number; body: unknown; headers: Record<string, string> }) {
      send(res, out.status, out.body, { 'request-id': newId('req'), 'stripe-version': req.headers['stripe-version']?.toString() ?? API_VERSION, ...out.headers });
    }
  });

  function handle(req: IncomingMessage, raw: string): { status: number; body: unknown; headers: Record<string, string> } {
    const url = new URL(req.url ?? '/', 'http://fake-stripe');
    const method = req.method ?? 'GET';
    const idempotencyKey = header(req, 'idempotency-key');
    const accountHeader = header(req, 'stripe-account');
    const record = (params: FormObject, status: number, replayed: boolean) =>
      requests.push({ method, path: url.pathname, params, idempotencyKey, stripeAccount: accountHeader, status, replayed });
    const headers: Record<string, string> = idempotencyKey ? { 'idempotency-key': idempotencyKey } : {};
    let params: FormObject = {};
    try {
      authenticate(header(req, 'authorization'));
      params = readParams(method, url, raw, header(req, 'content-type'));
      const stripeAccount = accountHeader ? (state.accounts.get(accountHeader) ?? throwError(accountInvalid(accountHeader))) : null;
      // Stripe scopes keys per account and only to mutating requests.
      const scope = method === 'POST' && idempotencyKey ? `${accountHeader ?? 'platform'}:${idempotencyKey}` : null;
      const fingerprint = `${method} ${url.pathname} ${canonical(params)}`;
      const previous = scope ? saved.get(scope) : undefined;
      if (previous && scope) {
        if (previous.fingerprint !== fingerprint) throw idempotencyError(idempotencyKey!);
        record(params, previous.status, true);
        return { status: previous.status, body: previous.body, headers: { ...headers, 'idempotent-replayed': 'true' } };
      }
      const apiRequest: ApiRequest = { method, path: url.pathname, params, stripeAccount, requestId: newId('req'), idempotencyKey };
      let result: { status: number; body: unknown };
      try {
        result = { status: 200, body: snapshot(dispatch(state, apiRequest)) };
      } catch (err) {
        // Requests rejected before executing (bad parameters) are not saved; executed outcomes, declines included, are.
        if (!(err instanceof StripeApiError) || err.body.type === 'invalid_request_error') throw err;
        result = { status: err.status, body: { error: err.body } };
      }
      if (scope) saved.set(scope, { fingerprint, ...result });
      record(params, result.status, false);
      return { ...result, headers };
    } catch (err) {
      if (!(err instanceof StripeApiError)) throw err;
      record(params, err.status, false);
      return { status: err.status, body: { error: err.body }, headers };
    }
  }

  function authenticate(authorization: string | null): void {
    const key = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!key) {
      throw invalidRequest(
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
        {},
        401,
      );
    }
    if (key !== secretKey) throw invalidRequest(`Invalid API Key provided: ${key.slice(0, 8)}${'*'.repeat(Math.max(0, key.length - 12))}${key.slice(-4)}`, {}, 401);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const disputeOr404 = (id: string) => state.disputes.get(id) ?? throwError(new Error(`fake-stripe: no dispute ${id}`));

  return {
    url: `http://127.0.0.1:${port}`,
    secretKey,
    state,
    requests,
    count: (method, path) => requests.filter((r) => r.method === method && r.path === path && !r.replayed && (r.status === 200 || r.status === 402)).length,
    useWebhookEndpoint(url, secret) {
      endpoint = { url, secret };
    },
    deliver(event, opts = {}) {
      if (!endpoint) throw new Error('fake-stripe: call useWebhookEndpoint first');
      const payload = webhookPayload(event);
      return postWebhook(endpoint.url, payload, signatureHeader(payload, opts.secret ?? endpoint.secret, opts.timestamp));
    },
    updateAccount(id, flags) {
      const account = state.accounts.get(id) ?? throwError(new Error(`fake-stripe: no account ${id}`));
      const previous = { charges_enabled: account.charges_enabled, payouts_enabled: account.payouts_enabled };
      applyAccountFlags(account, flags);
      return emit(state, 'account.updated', account, { account: id, previous });
    },
    openDispute(paymentIntentId, opts = {}) {
      const intent = state.paymentIntents.get(paymentIntentId);
      const charge = intent?.latest_charge ? state.charges.get(intent.latest_charge) : undefined;
      if (!intent || !charge || charge.status !== 'succeeded') throw new Error(`fake-stripe: ${paymentIntentId} has no successful charge to dispute`);
      charge.disputed = true;
      const created = unixNow();
      const dispute: Dispute = {
        id: newId('dp'),
        object: 'dispute',
        amount: opts.amount ?? charge.amount,
        charge: charge.id,
        created,
        currency: charge.currency,
        evidence_details: { due_by: created + 7 * 86_400, has_evidence: false, past_due: false, submission_count: 0 },
        is_charge_refundable: false,
        livemode: false,
        metadata: {},
        payment_intent: intent.id,
        reason: opts.reason ?? 'fraudulent',
        status: 'needs_response',
      };
      state.disputes.set(dispute.id, dispute);
      return { dispute, event: emit(state, 'charge.dispute.created', dispute) };
    },
    setDisputeStatus(id, status) {
      const dispute = disputeOr404(id);
      const previous = { status: dispute.status };
      dispute.status = status;
      const closed = status === 'won' || status === 'lost' || status === 'warning_closed';
      return emit(state, closed ? 'charge.dispute.closed' : 'charge.dispute.updated', dispute, { previous });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // The client keeps connections alive; end them so closing does not wait for their timeout.
        server.closeAllConnections();
      }),
  };
}

function throwError(err: Error): never {
  throw err;
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** GET parameters come in the query string, POST parameters form-encoded in the body. */
function readParams(method: string, url: URL, raw: string, contentType: string | null): FormObject {
  try {
    if (method !== 'POST') return parseForm(url.search.slice(1));
    if (raw && !contentType?.startsWith('application/x-www-form-urlencoded')) {
      throw invalidRequest(
        'Invalid request (check that your POST content type is application/x-www-form-urlencoded). If you have any questions, we can help at https://support.stripe.com/.',
      );
    }
    return parseForm(raw);
  } catch (err) {
    if (err instanceof FormError) throw invalidRequest(err.message, { code: 'parameter_invalid_string', param: err.key });
    throw err;
  }
}

/** Parameters as a stable string, so the same request in another key order is still the same request. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Responses and saved replays are copies: later changes to the object do not leak into them. */
const snapshot = (value: unknown) => structuredClone(value);

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body, null, 2));
}
