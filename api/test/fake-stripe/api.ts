import { randomBytes } from 'node:crypto';
import { StripeApiError, cardError, invalidRequest, missingParam, noSuch } from './errors';
import type { FormObject } from './form';
import {
  API_VERSION,
  type Account,
  type AccountLink,
  type Charge,
  type Dispute,
  type PaymentIntent,
  type Payout,
  type Refund,
  type StripeEvent,
  type Transfer,
  type TransferReversal,
  applyAccountFlags,
  newId,
  unixNow,
} from './objects';
import { Params, nestedString } from './params';

/** Everything the fake remembers; tests read it to count charges or inspect objects. */
export interface FakeState {
  paymentIntents: Map<string, PaymentIntent>;
  charges: Map<string, Charge>;
  refunds: Map<string, Refund>;
  transfers: Map<string, Transfer>;
  payouts: Map<string, Payout>;
  accounts: Map<string, Account>;
  disputes: Map<string, Dispute>;
  events: StripeEvent[];
  /** Available balance of each connected account, per currency: transfers in, reversals and payouts out. */
  balances: Map<string, Map<string, number>>;
}

export const emptyState = (): FakeState => ({
  paymentIntents: new Map(),
  charges: new Map(),
  refunds: new Map(),
  transfers: new Map(),
  payouts: new Map(),
  accounts: new Map(),
  disputes: new Map(),
  events: [],
  balances: new Map(),
});

export interface ApiRequest {
  method: string;
  path: string;
  params: FormObject;
  /** The connected account named by the Stripe-Account header, already checked to exist. */
  stripeAccount: Account | null;
  requestId: string;
  idempotencyKey: string | null;
}

type Handler = (state: FakeState, req: ApiRequest, id: string) => unknown;

// Stripe's test PaymentMethods (https://docs.stripe.com/testing): what confirming each one does.
type TestMethod =
  { outcome: 'succeed' } | { outcome: 'requires_action' } | { outcome: 'decline'; code: string; declineCode: string; message: string; outcomeType: string; riskLevel: string };
const TEST_METHODS: Record<string, TestMethod> = {
  pm_card_visa: { outcome: 'succeed' },
  pm_card_mastercard: { outcome: 'succeed' },
  pm_card_chargeDeclined: {
    outcome: 'decline',
    code: 'card_declined',
    declineCode: 'generic_decline',
    message: 'Your card was declined.',
    outcomeType: 'issuer_declined',
    riskLevel: 'normal',
  },
  pm_card_radarBlock: { outcome: 'decline', code: 'card_declined', declineCode: 'fraudulent', message: 'Your card was declined.', outcomeType: 'blocked', riskLevel: 'highest' },
  pm_card_authenticationRequired: { outcome: 'requires_action' },
};

const REDIRECT_MESSAGE =
  'This PaymentIntent is configured to accept payment methods enabled in your Dashboard, some of which may require a full page redirect to succeed. If you do not want to accept redirect-based payment methods, set `automatic_payment_methods[enabled]` to `true` and `automatic_payment_methods[allow_redirects]` to `never` when creating Setup Intents and Payment Intents. If you do want to accept redirect-based payment methods, set the `return_url` parameter when confirming a PaymentIntent or SetupIntent.';

const formatAmount = (amount: number, currency: string) => `${currency.toUpperCase()} ${(amount / 100).toFixed(2)}`;

/** Appends an event with a snapshot of the object, as Stripe does when the object changes. */
export function emit(state: FakeState, type: string, object: { id: string }, opts: { account?: string; previous?: Record<string, unknown>; req?: ApiRequest } = {}): StripeEvent {
  const event: StripeEvent = {
    id: newId('evt'),
    object: 'event',
    ...(opts.account ? { account: opts.account } : {}),
    api_version: API_VERSION,
    created: unixNow(),
    data: { object: structuredClone(object), ...(opts.previous ? { previous_attributes: opts.previous } : {}) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: opts.req?.requestId ?? null, idempotency_key: opts.req?.idempotencyKey ?? null },
    type,
  };
  state.events.push(event);
  return event;
}

function credit(state: FakeState, account: string, currency: string, amount: number): void {
  const balances = state.balances.get(account) ?? new Map<string, number>();
  balances.set(currency, (balances.get(currency) ?? 0) + amount);
  state.balances.set(account, balances);
}

export const balanceOf = (state: FakeState, account: string, currency: string) => state.balances.get(account)?.get(currency) ?? 0;

function createPaymentIntent(state: FakeState, req: ApiRequest): PaymentIntent {
  const p = new Params(req.params, [
    'amount',
    'currency',
    'payment_method',
    'confirm',
    'automatic_payment_methods',
    'capture_method',
    'description',
    'transfer_group',
    'metadata',
    'return_url',
    'expand',
    'payment_method_options',
  ]);
  const amount = p.integer('amount', true);
  const currency = p.currency();
  if (amount < 50) throw invalidRequest(`Amount must be at least ${formatAmount(50, currency)}`, { code: 'amount_too_small', param: 'amount' });
  const paymentMethod = p.string('payment_method');
  const method = paymentMethod ? TEST_METHODS[paymentMethod] : undefined;
  if (paymentMethod && !method) throw noSuch('PaymentMethod', paymentMethod, 'payment_method');
  const confirm = p.boolean('confirm');
  if (confirm && !paymentMethod) {
    throw invalidRequest("You cannot confirm this PaymentIntent because it's missing a payment method.", { code: 'payment_intent_unexpected_state' });
  }
  if (confirm && nestedString(p.object('automatic_payment_methods')?.allow_redirects) !== 'never' && !p.string('return_url')) {
    throw invalidRequest(REDIRECT_MESSAGE);
  }
  const id = newId('pi');
  const intent: PaymentIntent = {
    id,
    object: 'payment_intent',
    amount,
    amount_capturable: 0,
    amount_received: 0,
    capture_method: p.oneOf('capture_method', ['automatic', 'automatic_async', 'manual'] as const) ?? 'automatic_async',
    client_secret: `${id}_secret_${randomBytes(12).toString('hex')}`,
    confirmation_method: 'automatic',
    created: unixNow(),
    currency,
    description: p.string('description') ?? null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: p.metadata(),
    payment_method: paymentMethod ?? null,
    payment_method_options: { card: { request_three_d_secure: threeDSecureRequest(p) } },
    payment_method_types: ['card'],
    status: paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    transfer_group: p.string('transfer_group') ?? null,
  };
  state.paymentIntents.set(id, intent);
  if (confirm && method) confirmPaymentIntent(state, req, intent, method);
  return intent;
}

/** `payment_method_options[card][request_three_d_secure]`: automatic (Stripe's default), any or challenge. */
function threeDSecureRequest(p: Params): 'automatic' | 'any' | 'challenge' {
  const card = p.object('payment_method_options')?.card;
  const value = (card && typeof card === 'object' && !Array.isArray(card) ? nestedString(card.request_three_d_secure) : undefined) ?? 'automatic';
  if (value !== 'automatic' && value !== 'any' && value !== 'challenge') {
    throw invalidRequest(`Invalid payment_method_options[card][request_three_d_secure]: must be one of automatic, any, or challenge`, {
      param: 'payment_method_options[card][request_three_d_secure]',
    });
  }
  return value;
}

function confirmPaymentIntent(state: FakeState, req: ApiRequest, intent: PaymentIntent, method: TestMethod): void {
  if (method.outcome === 'requires_action') {
    intent.status = 'requires_action';
    return;
  }
  const succeeded = method.outcome === 'succeed';
  const charge: Charge = {
    id: newId('ch'),
    object: 'charge',
    amount: intent.amount,
    amount_captured: 0,
    amount_refunded: 0,
    captured: false,
    created: unixNow(),
    currency: intent.currency,
    disputed: false,
    livemode: false,
    outcome: succeeded
      ? { network_status: 'approved_by_network', reason: null, risk_level: 'normal', seller_message: 'Payment complete.', type: 'authorized' }
      : {
          network_status: method.outcomeType === 'blocked' ? 'not_sent_to_network' : 'declined_by_network',
          reason: method.declineCode,
          risk_level: method.riskLevel,
          seller_message: 'The bank did not return any further details with this decline.',
          type: method.outcomeType,
        },
    paid: succeeded,
    payment_intent: intent.id,
    payment_method: intent.payment_method!,
    refunded: false,
    status: succeeded ? 'succeeded' : 'failed',
    transfer_group: intent.transfer_group,
  };
  state.charges.set(charge.id, charge);
  intent.latest_charge = charge.id;
  if (method.outcome === 'decline') {
    intent.status = 'requires_payment_method';
    intent.last_payment_error = { type: 'card_error', code: method.code, decline_code: method.declineCode, message: method.message };
    emit(state, 'payment_intent.payment_failed', intent, { req });
    throw cardError(method.message, method.code, method.declineCode, { payment_intent: structuredClone(intent), charge: charge.id });
  }
  if (intent.capture_method === 'manual') {
    intent.status = 'requires_capture';
    intent.amount_capturable = intent.amount;
  } else {
    charge.captured = true;
    charge.amount_captured = intent.amount;
    intent.status = 'succeeded';
    intent.amount_received = intent.amount;
    emit(state, 'charge.succeeded', charge, { req });
    emit(state, 'payment_intent.succeeded', intent, { req });
  }
}

function createRefund(state: FakeState, req: ApiRequest): Refund {
  const p = new Params(req.params, ['payment_intent', 'charge', 'amount', 'reason', 'metadata', 'expand']);
  const intentId = p.string('payment_intent');
  const chargeId = p.string('charge');
  let charge: Charge | undefined;
  if (intentId) {
    const intent = state.paymentIntents.get(intentId);
    if (!intent) throw noSuch('payment_intent', intentId, 'payment_intent');
    charge = intent.latest_charge ? state.charges.get(intent.latest_charge) : undefined;
    if (intent.status !== 'succeeded' || !charge)
      throw invalidRequest(`This PaymentIntent (${intentId}) does not have a successful charge to refund.`, { param: 'payment_intent' });
  } else if (chargeId) {
    charge = state.charges.get(chargeId);
    if (!charge) throw noSuch('charge', chargeId, 'charge');
  } else {
    throw invalidRequest('One of the following params should be provided for this request: payment_intent or charge.');
  }
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining === 0) throw invalidRequest(`Charge ${charge.id} has already been refunded.`, { code: 'charge_already_refunded' });
  const amount = p.integer('amount') ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(`Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`, {
      code: 'amount_too_large',
      param: 'amount',
    });
  }
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  const refund: Refund = {
    id: newId('re'),
    object: 'refund',
    amount,
    charge: charge.id,
    created: unixNow(),
    currency: charge.currency,
    metadata: p.metadata(),
    payment_intent: charge.payment_intent,
    reason: p.oneOf('reason', ['duplicate', 'fraudulent', 'requested_by_customer'] as const) ?? null,
    status: 'succeeded',
  };
  state.refunds.set(refund.id, refund);
  emit(state, 'refund.created', refund, { req });
  emit(state, 'charge.refunded', charge, { req });
  return refund;
}

function createTransfer(state: FakeState, req: ApiRequest): Transfer {
  const p = new Params(req.params, ['amount', 'currency', 'destination', 'transfer_group', 'metadata', 'description', 'source_transaction', 'expand']);
  const amount = p.integer('amount', true);
  const currency = p.currency();
  const destinationId = p.string('destination', true);
  const destination = state.accounts.get(destinationId);
  if (!destination) throw noSuch('destination', destinationId, 'destination');
  if (destination.capabilities.transfers !== 'active') {
    throw invalidRequest('Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments', {
      code: 'insufficient_capabilities_for_transfer',
      param: 'destination',
    });
  }
  const id = newId('tr');
  const transfer: Transfer = {
    id,
    object: 'transfer',
    amount,
    amount_reversed: 0,
    created: unixNow(),
    currency,
    description: p.string('description') ?? null,
    destination: destinationId,
    destination_payment: newId('py'),
    livemode: false,
    metadata: p.metadata(),
    reversals: { object: 'list', data: [], has_more: false, total_count: 0, url: `/v1/transfers/${id}/reversals` },
    reversed: false,
    transfer_group: p.string('transfer_group') ?? null,
  };
  state.transfers.set(id, transfer);
  credit(state, destinationId, currency, amount);
  emit(state, 'transfer.created', transfer, { req });
  return transfer;
}

function createReversal(state: FakeState, req: ApiRequest, transferId: string): TransferReversal {
  const p = new Params(req.params, ['amount', 'description', 'metadata', 'refund_application_fee', 'expand']);
  const transfer = state.transfers.get(transferId);
  if (!transfer) throw noSuch('transfer', transferId);
  const remaining = transfer.amount - transfer.amount_reversed;
  if (remaining === 0) throw invalidRequest(`Transfer ${transferId} has already been fully reversed.`, { code: 'transfer_already_reversed' });
  const amount = p.integer('amount') ?? remaining;
  if (amount > remaining) {
    throw invalidRequest(
      `You have requested a reversal of ${formatAmount(amount, transfer.currency)}, but only ${formatAmount(remaining, transfer.currency)} remains to be reversed.`,
      { param: 'amount' },
    );
  }
  const reversal: TransferReversal = {
    id: newId('trr'),
    object: 'transfer_reversal',
    amount,
    created: unixNow(),
    currency: transfer.currency,
    metadata: p.metadata(),
    transfer: transferId,
  };
  transfer.reversals.data.unshift(reversal);
  transfer.reversals.total_count += 1;
  transfer.amount_reversed += amount;
  transfer.reversed = transfer.amount_reversed === transfer.amount;
  credit(state, transfer.destination, transfer.currency, -amount);
  emit(state, 'transfer.reversed', transfer, { req });
  return reversal;
}

function createPayout(state: FakeState, req: ApiRequest): Payout {
  const p = new Params(req.params, ['amount', 'currency', 'description', 'metadata', 'method', 'destination', 'statement_descriptor', 'expand']);
  const account = req.stripeAccount;
  if (!account) throw invalidRequest('The fake models payouts of connected accounts only: send the Stripe-Account header.');
  const amount = p.integer('amount', true);
  const currency = p.currency();
  if (!account.payouts_enabled) {
    throw invalidRequest('Payouts are not enabled for this account. The account must complete onboarding before it can pay out.', { code: 'payouts_not_allowed' });
  }
  if (balanceOf(state, account.id, currency) < amount) {
    throw invalidRequest(
      'You have insufficient funds in your Stripe account for this transfer. Your card balance is too low. You can use the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).',
      { code: 'balance_insufficient' },
    );
  }
  credit(state, account.id, currency, -amount);
  const payout: Payout = {
    id: newId('po'),
    object: 'payout',
    amount,
    arrival_date: unixNow() + 2 * 86_400,
    automatic: false,
    created: unixNow(),
    currency,
    description: p.string('description') ?? null,
    destination: newId('ba'),
    livemode: false,
    metadata: p.metadata(),
    method: p.oneOf('method', ['standard', 'instant'] as const) ?? 'standard',
    status: 'pending',
    type: 'bank_account',
  };
  state.payouts.set(payout.id, payout);
  emit(state, 'payout.created', payout, { account: account.id, req });
  return payout;
}

function createAccount(state: FakeState, req: ApiRequest): Account {
  const p = new Params(req.params, ['type', 'email', 'country', 'capabilities', 'metadata', 'business_type', 'business_profile', 'controller', 'default_currency', 'expand']);
  const type = p.oneOf('type', ['custom', 'express', 'standard'] as const);
  if (!type && !p.object('controller')) throw invalidRequest('Missing required param: type.', { code: 'parameter_missing', param: 'type' });
  const requested = Object.entries(p.object('capabilities') ?? {})
    .filter(([, v]) => typeof v === 'object' && !Array.isArray(v) && v.requested === 'true')
    .map(([name]) => name);
  const account: Account = {
    id: newId('acct'),
    object: 'account',
    type: type ?? 'custom',
    business_type: p.string('business_type') ?? null,
    capabilities: Object.fromEntries(requested.map((name) => [name, 'inactive' as const])),
    charges_enabled: false,
    country: p.string('country') ?? 'US',
    created: unixNow(),
    default_currency: p.string('default_currency') ?? 'usd',
    details_submitted: false,
    email: p.string('email') ?? null,
    livemode: false,
    metadata: p.metadata(),
    payouts_enabled: false,
    requirements: { currently_due: [], eventually_due: [], past_due: [], disabled_reason: null },
  };
  applyAccountFlags(account, {});
  state.accounts.set(account.id, account);
  return account;
}

function retrieveAccount(state: FakeState, _req: ApiRequest, id: string): Account {
  const account = state.accounts.get(id);
  if (!account) throw accountInvalid(id);
  return account;
}

function createAccountLink(state: FakeState, req: ApiRequest): AccountLink {
  const p = new Params(req.params, ['account', 'refresh_url', 'return_url', 'type', 'collect', 'collection_options', 'expand']);
  const accountId = p.string('account', true);
  if (!p.oneOf('type', ['account_onboarding', 'account_update'] as const)) throw missingParam('type');
  const returnUrl = p.string('return_url', true);
  const refreshUrl = p.string('refresh_url', true);
  for (const [param, url] of [
    ['return_url', returnUrl],
    ['refresh_url', refreshUrl],
  ] as const) {
    if (!URL.canParse(url)) throw invalidRequest(`Not a valid URL`, { code: 'url_invalid', param });
  }
  if (!state.accounts.has(accountId)) throw noSuch('account', accountId, 'account');
  const created = unixNow();
  return { object: 'account_link', created, expires_at: created + 300, url: `https://connect.stripe.com/setup/e/${accountId}/${randomBytes(9).toString('hex')}` };
}

function found<T>(value: T | undefined, resource: string, id: string): T {
  if (value === undefined) throw noSuch(resource, id);
  return value;
}

function listEvents(state: FakeState, req: ApiRequest) {
  const p = new Params(req.params, ['limit', 'type', 'expand']);
  const limit = Math.min(p.integer('limit') ?? 10, 100);
  const type = p.string('type');
  const matching = state.events.filter((e) => !type || e.type === type).reverse();
  return { object: 'list', data: matching.slice(0, limit), has_more: matching.length > limit, url: '/v1/events' };
}

export const accountInvalid = (id: string) =>
  invalidRequest(
    `The provided key does not have access to account '${id}' (or that account does not exist). Application access may have been revoked.`,
    { code: 'account_invalid' },
    403,
  );

interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  handler: Handler;
  /** Whether the endpoint acts on a connected account named by Stripe-Account. */
  connected?: boolean;
}

/** Exactly the endpoints Agora's provider and webhook handler call. */
const ROUTES: readonly Route[] = [
  { method: 'POST', pattern: /^\/v1\/payment_intents$/, handler: createPaymentIntent },
  { method: 'GET', pattern: /^\/v1\/payment_intents\/([^/]+)$/, handler: (s, _r, id) => found(s.paymentIntents.get(id), 'payment_intent', id) },
  { method: 'POST', pattern: /^\/v1\/refunds$/, handler: createRefund },
  { method: 'POST', pattern: /^\/v1\/transfers$/, handler: createTransfer },
  { method: 'POST', pattern: /^\/v1\/transfers\/([^/]+)\/reversals$/, handler: createReversal },
  { method: 'POST', pattern: /^\/v1\/payouts$/, handler: createPayout, connected: true },
  { method: 'POST', pattern: /^\/v1\/accounts$/, handler: createAccount },
  { method: 'GET', pattern: /^\/v1\/accounts\/([^/]+)$/, handler: retrieveAccount },
  { method: 'POST', pattern: /^\/v1\/account_links$/, handler: createAccountLink },
  { method: 'GET', pattern: /^\/v1\/disputes\/([^/]+)$/, handler: (s, _r, id) => found(s.disputes.get(id), 'dispute', id) },
  {
    method: 'GET',
    pattern: /^\/v1\/events\/([^/]+)$/,
    handler: (s, _r, id) =>
      found(
        s.events.find((e) => e.id === id),
        'event',
        id,
      ),
  },
  { method: 'GET', pattern: /^\/v1\/events$/, handler: listEvents },
];

/** Finds and runs the endpoint; anything else is Stripe's "Unrecognized request URL". */
export function dispatch(state: FakeState, req: ApiRequest): unknown {
  for (const route of ROUTES) {
    const match = route.method === req.method ? route.pattern.exec(req.path) : null;
    if (!match) continue;
    if (req.stripeAccount && !route.connected) throw invalidRequest('The fake models Stripe-Account only for payouts.');
    return route.handler(state, req, decodeURIComponent(match[1] ?? ''));
  }
  throw new StripeApiError(404, {
    type: 'invalid_request_error',
    message: `Unrecognized request URL (${req.method}: ${req.path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
  });
}
