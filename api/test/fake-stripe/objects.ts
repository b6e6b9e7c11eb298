import { randomBytes } from 'node:crypto';

// Stripe-shaped objects: the fields Stripe's client and Agora read, with Stripe's names and id prefixes.

export const API_VERSION = '2026-10-28.endive';

export const newId = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;
export const unixNow = () => Math.floor(Date.now() / 1000);

export type Metadata = Record<string, string>;

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  capture_method: 'automatic' | 'automatic_async' | 'manual';
  client_secret: string;
  confirmation_method: 'automatic';
  created: number;
  currency: string;
  description: string | null;
  last_payment_error: { type: string; code: string; decline_code: string; message: string } | null;
  latest_charge: string | null;
  livemode: false;
  metadata: Metadata;
  payment_method: string | null;
  payment_method_options: { card: { request_three_d_secure: 'automatic' | 'any' | 'challenge' } };
  payment_method_types: string[];
  status: 'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'requires_capture' | 'succeeded';
  transfer_group: string | null;
}

export interface Charge {
  id: string;
  object: 'charge';
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  captured: boolean;
  created: number;
  currency: string;
  disputed: boolean;
  livemode: false;
  outcome: { network_status: string; reason: string | null; risk_level: string; seller_message: string; type: string };
  paid: boolean;
  payment_intent: string;
  payment_method: string;
  refunded: boolean;
  status: 'succeeded' | 'failed';
  transfer_group: string | null;
}

export interface Refund {
  id: string;
  object: 'refund';
  amount: number;
  charge: string;
  created: number;
  currency: string;
  metadata: Metadata;
  payment_intent: string;
  reason: string | null;
  status: 'succeeded';
}

export interface TransferReversal {
  id: string;
  object: 'transfer_reversal';
  amount: number;
  created: number;
  currency: string;
  metadata: Metadata;
  transfer: string;
}

export interface Transfer {
  id: string;
  object: 'transfer';
  amount: number;
  amount_reversed: number;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  destination_payment: string;
  livemode: false;
  metadata: Metadata;
  reversals: { object: 'list'; data: TransferReversal[]; has_more: false; total_count: number; url: string };
  reversed: boolean;
  transfer_group: string | null;
}

export interface Payout {
  id: string;
  object: 'payout';
  amount: number;
  arrival_date: number;
  automatic: false;
  created: number;
  currency: string;
  description: string | null;
  destination: string;
  livemode: false;
  metadata: Metadata;
  method: 'standard' | 'instant';
  status: 'pending';
  type: 'bank_account';
}

export type CapabilityStatus = 'active' | 'inactive' | 'pending';

export interface Account {
  id: string;
  object: 'account';
  type: 'custom' | 'express' | 'standard';
  business_type: string | null;
  capabilities: Record<string, CapabilityStatus>;
  charges_enabled: boolean;
  country: string;
  created: number;
  default_currency: string;
  details_submitted: boolean;
  email: string | null;
  livemode: false;
  metadata: Metadata;
  payouts_enabled: boolean;
  requirements: { currently_due: string[]; eventually_due: string[]; past_due: string[]; disabled_reason: string | null };
}

export interface AccountLink {
  object: 'account_link';
  created: number;
  expires_at: number;
  url: string;
}

export type DisputeStatus = 'warning_needs_response' | 'warning_under_review' | 'warning_closed' | 'needs_response' | 'under_review' | 'won' | 'lost';

export interface Dispute {
  id: string;
  object: 'dispute';
  amount: number;
  charge: string;
  created: number;
  currency: string;
  evidence_details: { due_by: number; has_evidence: boolean; past_due: boolean; submission_count: number };
  is_charge_refundable: boolean;
  livemode: false;
  metadata: Metadata;
  payment_intent: string;
  reason: string;
  status: DisputeStatus;
}

export interface StripeEvent {
  id: string;
  object: 'event';
  account?: string;
  api_version: string;
  created: number;
  data: { object: unknown; previous_attributes?: Record<string, unknown> };
  livemode: false;
  pending_webhooks: number;
  request: { id: string | null; idempotency_key: string | null };
  type: string;
}

/** Account state derived from its onboarding flags, as Stripe reports it. */
export function applyAccountFlags(account: Account, flags: { charges_enabled?: boolean; payouts_enabled?: boolean }): void {
  account.charges_enabled = flags.charges_enabled ?? account.charges_enabled;
  account.payouts_enabled = flags.payouts_enabled ?? account.payouts_enabled;
  account.details_submitted = account.charges_enabled || account.payouts_enabled;
  for (const capability of Object.keys(account.capabilities)) account.capabilities[capability] = account.charges_enabled ? 'active' : 'inactive';
  const due = account.charges_enabled && account.payouts_enabled ? [] : ['business_profile.url', 'external_account', 'tos_acceptance.date'];
  account.requirements = { currently_due: due, eventually_due: due, past_due: [], disabled_reason: due.length ? 'requirements.past_due' : null };
}
