import type { OutboxTable } from '@agora/analytics';
import type { ColumnType, Generated, Selectable } from 'kysely';

// Hand-written table types, one interface per table, matching migrations/ column for column.
// bigint columns come back from pg as strings; money columns are parsed in the repositories.
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type BigIntColumn = ColumnType<string, number | bigint | string, number | bigint | string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  password_hash: string;
  display_name: string;
  roles: ColumnType<string[], string[] | undefined, string[]>;
  payouts_frozen: Generated<boolean>;
  created_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface SessionsTable {
  id: Generated<string>;
  user_id: string;
  token_hash: Buffer;
  created_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ListingsTable {
  id: Generated<string>;
  seller_id: string;
  title: string;
  description: string;
  price_amount: BigIntColumn;
  currency: string;
  category: string;
  status: 'active' | 'reserved' | 'sold' | 'removed';
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrdersTable {
  id: Generated<string>;
  listing_id: string;
  buyer_id: string;
  seller_id: string;
  amount: BigIntColumn;
  currency: string;
  category: string;
  fee_amount: BigIntColumn;
  status: string;
  payment_ref: string | null;
  risk_score: number | null;
  risk_decision: string | null;
  carrier: string | null;
  tracking_number: string | null;
  funds_released: Generated<boolean>;
  funds_held: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrderStatusHistoryTable {
  id: Generated<string>;
  order_id: string;
  from_status: string | null;
  to_status: string;
  actor_type: 'buyer' | 'seller' | 'staff' | 'system';
  actor_id: string | null;
  reason: string | null;
  created_at: Timestamp;
}

export interface LedgerAccountsTable {
  id: Generated<string>;
  code: string;
  currency: string;
  kind: 'external' | 'escrow' | 'escrow_fee' | 'available' | 'platform_fee';
  owner_id: string | null;
  order_id: string | null;
}

export interface LedgerTransactionsTable {
  id: Generated<string>;
  kind: string;
  order_id: string | null;
  reference: string | null;
  created_at: Timestamp;
}

export interface LedgerPostingsTable {
  id: Generated<string>;
  transaction_id: string;
  account_id: string;
  amount: BigIntColumn;
  currency: string;
}

export interface FraudCasesTable {
  id: Generated<string>;
  order_id: string;
  subject_user_id: string;
  status: 'open' | 'closed';
  reason: string;
  risk_score: number;
  model_version: string;
  decision: 'clear' | 'confirm_fraud' | null;
  decision_note: string | null;
  decided_by: string | null;
  decided_at: Timestamp | null;
  created_at: Timestamp;
}

export interface IdempotencyKeysTable {
  user_id: string;
  key: string;
  request_hash: string;
  locked_until: Timestamp | null;
  response_status: number | null;
  response_body: unknown;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  details: unknown;
  created_at: Timestamp;
  seq: BigIntColumn;
  prev_hash: Buffer;
  entry_hash: Buffer;
}

export interface AuditCheckpointsTable {
  seq: BigIntColumn;
  entry_hash: Buffer;
  signed_at: Timestamp;
  key_id: string;
  signature: Buffer;
}

export interface DB {
  users: UsersTable;
  sessions: SessionsTable;
  listings: ListingsTable;
  orders: OrdersTable;
  order_status_history: OrderStatusHistoryTable;
  ledger_accounts: LedgerAccountsTable;
  ledger_transactions: LedgerTransactionsTable;
  ledger_postings: LedgerPostingsTable;
  fraud_cases: FraudCasesTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  outbox: OutboxTable;
}

export type UserRow = Selectable<UsersTable>;
export type ListingRow = Selectable<ListingsTable>;
export type OrderRow = Selectable<OrdersTable>;
export type FraudCaseRow = Selectable<FraudCasesTable>;
