import { DomainError, type ErrorKind, conflict, forbidden, invalid, notFound } from '../errors';
import { EscrowExceeded, HoldNotPending, InsufficientFunds, InvalidTransfer, ReferenceConflict } from '../modules/money/ledger';
import { AppError } from './errors';
import { asAppError, problemBody } from './problem';

const problemOf = (err: unknown) => problemBody(asAppError(err)!);

test('each domain error kind answers one status', () => {
  const statuses: Record<ErrorKind, number> = {
    invalid: 422,
    unauthenticated: 401,
    forbidden: 403,
    not_found: 404,
    conflict: 409,
    payment_declined: 402,
    unavailable: 503,
    rate_limited: 429,
  };
  for (const [kind, status] of Object.entries(statuses)) expect(problemOf(new DomainError(kind as ErrorKind, 'c', 'd')).status).toBe(status);
});

test('a rate_limited error with its quota answers 429 with the RateLimit-* fields and Retry-After', () => {
  const err = asAppError(new DomainError('rate_limited', 'account_locked', 'Locked', undefined, undefined, { limit: 5, remaining: 0, resetMs: 2500 }))!;
  expect(err.status).toBe(429);
  expect(err.headers).toEqual({ 'RateLimit-Limit': '5', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '3', 'Retry-After': '3' });
});

test('the constructors give the bodies the API always answered', () => {
  expect(problemOf(notFound('Order'))).toEqual({ type: 'https://agora.dev/problems/not_found', title: 'Not Found', status: 404, detail: 'Order not found', code: 'not_found' });
  expect(problemOf(forbidden())).toEqual({
    type: 'https://agora.dev/problems/forbidden',
    title: 'Forbidden',
    status: 403,
    detail: 'You are not allowed to do this',
    code: 'forbidden',
  });
  expect(problemOf(conflict('proposal_open', 'Already open'))).toMatchObject({ status: 409, title: 'Conflict', code: 'proposal_open', detail: 'Already open' });
  expect(problemOf(invalid('own_listing', 'You cannot buy your own listing', 'listing_id'))).toEqual({
    type: 'https://agora.dev/problems/own_listing',
    title: 'Unprocessable Content',
    status: 422,
    detail: 'You cannot buy your own listing',
    code: 'own_listing',
    errors: [{ field: 'listing_id', message: 'You cannot buy your own listing' }],
  });
});

test('a retry-after hint becomes the Retry-After header', () => {
  expect(asAppError(new DomainError('unavailable', 'busy', 'Busy', undefined, 1))?.headers).toEqual({ 'Retry-After': '1' });
  expect(asAppError(conflict('c', 'd'))?.headers).toBeUndefined();
});

test('the ledger refusals are 409 and 422 problems, never 500s', () => {
  expect(problemOf(new InsufficientFunds())).toMatchObject({ status: 409, code: 'insufficient_funds' });
  expect(problemOf(new ReferenceConflict('capture:o1'))).toMatchObject({ status: 409, code: 'ledger_reference_conflict' });
  expect(problemOf(new HoldNotPending('posted'))).toMatchObject({ status: 409, code: 'hold_not_pending', detail: 'The escrow of this order is already posted' });
  expect(problemOf(new EscrowExceeded(200, 100))).toMatchObject({ status: 409, code: 'escrow_exceeded' });
  expect(problemOf(new InvalidTransfer('A transfer amount must be a positive integer, got 0'))).toMatchObject({ status: 422, code: 'invalid_transfer' });
});

test('an AppError passes as it is; anything else is not the client’s to see', () => {
  const app = new AppError(429, 'rate_limited', 'Slow down');
  expect(asAppError(app)).toBe(app);
  expect(asAppError(new Error('internal'))).toBeUndefined();
});
