import { type Request, type TestApp, client, expectProblem, orderAt, startTestApp } from '../../test/harness';
import { inTransaction } from '../src/db/transaction';
import { findOrder } from '../src/modules/marketplace/orders';
import {
  EscrowExceeded,
  HoldNotPending,
  InsufficientFunds,
  ReferenceConflict,
  accounts,
  escrowOf,
  postHold,
  postTransaction,
  refundFromEscrow,
  voidHold,
} from '../src/modules/money/ledger';

// The ledger's refusals are typed errors with codes, answered as 409 problems: they used to be plain
// Errors (or a raw trigger error) that reached the client as a 500.

let app: TestApp;
let request: Request;
beforeAll(async () => {
  app = await startTestApp();
  request = client(app.url);
});
afterAll(() => app.close());

const escrowOfOrder = async (id: string) => escrowOf((await findOrder(app.ctx.db, id))!);

test('an escrow hold resolves once: voiding or posting it again is a typed hold_not_pending conflict', async () => {
  const order = await escrowOfOrder((await orderAt(request, 'paid')).id);
  const now = app.ctx.clock.now();
  await inTransaction(app.ctx.db, (trx) => voidHold(trx, order, now));
  const again = inTransaction(app.ctx.db, (trx) => voidHold(trx, order, now));
  await expect(again).rejects.toThrow(HoldNotPending);
  await expect(again).rejects.toMatchObject({ kind: 'conflict', code: 'hold_not_pending', detail: 'The escrow of this order is already voided' });
  await expect(inTransaction(app.ctx.db, (trx) => postHold(trx, order, 'all', now))).rejects.toThrow(HoldNotPending);
});

test('a refund larger than what escrow holds is a typed escrow_exceeded conflict', async () => {
  const order = await escrowOfOrder((await orderAt(request, 'paid')).id);
  const refund = inTransaction(app.ctx.db, (trx) => refundFromEscrow(trx, order, order.amount + 1, `refund:too-much:${order.id}`, app.ctx.clock.now()));
  await expect(refund).rejects.toThrow(EscrowExceeded);
  await expect(refund).rejects.toMatchObject({ kind: 'conflict', code: 'escrow_exceeded' });
});

test('a debit past the balance (the non-negative trigger) is a typed insufficient_funds conflict', async () => {
  const { seller } = await orderAt(request, 'paid');
  const debit = inTransaction(app.ctx.db, (trx) =>
    postTransaction(trx, {
      kind: 'test_debit',
      orderId: null,
      reference: `debit:${seller.id}`,
      createdAt: app.ctx.clock.now(),
      transfers: [{ from: accounts.available(seller.id), to: accounts.psp(), amount: 1, currency: 'EUR' }],
    }),
  );
  await expect(debit).rejects.toThrow(InsufficientFunds);
  await expect(debit).rejects.toMatchObject({ kind: 'conflict', code: 'insufficient_funds' });
});

test('a movement whose reference already moved money is a typed ledger_reference_conflict', async () => {
  const { id } = await orderAt(request, 'paid');
  const order = await escrowOfOrder(id);
  // Capture already posted `capture:<order>`.
  const capture = inTransaction(app.ctx.db, (trx) =>
    postTransaction(trx, {
      kind: 'payment_captured',
      orderId: id,
      reference: `capture:${id}`,
      createdAt: app.ctx.clock.now(),
      transfers: [{ from: accounts.psp(), to: accounts.escrow(id, order.seller_id), amount: 1, currency: order.currency }],
    }),
  );
  await expect(capture).rejects.toThrow(ReferenceConflict);
  await expect(capture).rejects.toMatchObject({ kind: 'conflict', code: 'ledger_reference_conflict' });
});

test('over HTTP, a money invariant refusing a request is a 409 problem, not a 500', async () => {
  // The order's escrow was already given back (as by a concurrent resolution): cancelling must
  // refund from the seller's balance, which holds nothing, so the refund is refused.
  const { id, buyer } = await orderAt(request, 'paid');
  const order = await escrowOfOrder(id);
  await inTransaction(app.ctx.db, (trx) => voidHold(trx, order, app.ctx.clock.now()));
  const res = await request('POST', `/v1/orders/${id}/cancel`, { token: buyer.token, body: {} });
  expectProblem(res, 409);
  expect(res.body).toMatchObject({ status: 409, title: 'Conflict', code: 'seller_cannot_cover_refund', type: 'https://agora.dev/problems/seller_cannot_cover_refund' });
  // Nothing moved: the order is still paid.
  expect((await findOrder(app.ctx.db, id))!.status).toBe('paid');
});
