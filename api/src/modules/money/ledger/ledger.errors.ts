import { isUniqueViolation } from '../../../db/transaction';
import { DomainError } from '../../../errors';

// One typed error per way the ledger refuses to move money (Formance's `errors.go`). Each is a
// problem the client sees as 409 (the money is not where the request assumes) or 422 (a movement
// that can never be valid), never a 500.

/** A movement that can never be valid: no transfers, a non-positive amount, an account paying itself. */
export class InvalidTransfer extends DomainError {
  constructor(detail: string) {
    super('invalid', 'invalid_transfer', detail);
  }
}

/** A debit larger than the account holds: the `ledger_non_negative` trigger's refusal. */
export class InsufficientFunds extends DomainError {
  constructor() {
    super('conflict', 'insufficient_funds', 'The account does not hold enough for this movement');
  }
}

/** The business reference (e.g. "capture:<order>") already moved money: a retried step, refused instead of doubled. */
export class ReferenceConflict extends DomainError {
  constructor(readonly reference: string) {
    super('conflict', 'ledger_reference_conflict', `The money movement ${reference} was already made`);
  }
}

/** The order's escrow hold is missing or already resolved (posted or voided): it resolves exactly once. */
export class HoldNotPending extends DomainError {
  constructor(readonly holdStatus: string) {
    super('conflict', 'hold_not_pending', holdStatus === 'missing' ? 'This order holds no money in escrow' : `The escrow of this order is already ${holdStatus}`);
  }
}

/** More asked of an order's escrow than it still holds. */
export class EscrowExceeded extends DomainError {
  constructor(asked: number, held: number) {
    super('conflict', 'escrow_exceeded', `The escrow of this order holds ${held}, not ${asked}`);
  }
}

/** What the ledger's triggers and constraints raise, as the typed error it means; undefined for anything else. */
export function ledgerRefusal(err: unknown, reference: string): DomainError | undefined {
  const { code, constraint } = (err ?? {}) as { code?: string; constraint?: string };
  if (code === '23514' && constraint === 'ledger_non_negative') return new InsufficientFunds();
  if (isUniqueViolation(err, 'ledger_transactions_reference_key')) return new ReferenceConflict(reference);
  return undefined;
}
