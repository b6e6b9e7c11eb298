import { type Request, type TestApp, type TestUser, client, makeListing, registerUser, startTestApp, SHIP_TO } from '../../test/harness';
import { transactionBatches } from '../src/modules/money/transactions/transactions.repository';

let app: TestApp;
let request: Request;
let seller: TestUser;
let buyer: TestUser;
let stranger: TestUser;
const orders: Record<'sold' | 'cancelled' | 'yen', string> = { sold: '', cancelled: '', yen: '' };

interface Row {
  id: string;
  transaction_id: string;
  kind: string;
  order_id: string | null;
  amount: { amount: number; currency: string };
  balance: 'pending' | 'available' | 'payment';
  created_at: string;
}

async function paidOrder(price: { amount: number; currency: string }, sellerUser = seller): Promise<string> {
  const listing = await makeListing(request, sellerUser, { price });
  const order = await request('POST', '/v1/orders', { token: buyer.token, body: { listing_id: listing.id } });
  const paid = await request('POST', `/v1/orders/${order.body.id}/pay`, { token: buyer.token, body: { payment_method: 'pm_card_visa', shipping_address: SHIP_TO } });
  expect(paid.body.status).toBe('paid');
  return order.body.id as string;
}

async function completedOrder(price: { amount: number; currency: string }): Promise<string> {
  const id = await paidOrder(price);
  await request('POST', `/v1/orders/${id}/ship`, { token: seller.token, body: { carrier: 'DHL', tracking_number: '1000000001' } });
  await request('POST', `/v1/orders/${id}/confirm-delivery`, { token: buyer.token });
  expect((await request('POST', `/v1/orders/${id}/complete`, { token: buyer.token })).body.status).toBe('completed');
  return id;
}

const list = async (user: TestUser, query = '') => {
  const res = await request('GET', `/v1/me/transactions?limit=100${query}`, { token: user.token });
  expect(res.status).toBe(200);
  return res.body.data as Row[];
};
const summary = (rows: Row[]) => rows.map((r) => [r.kind, r.balance, r.amount.amount, r.amount.currency, r.order_id]).sort();

beforeAll(async () => {
  // No payout hold: completion settles at once.
  app = await startTestApp({ env: { PAYOUT_HOLD_BASE_DAYS: '0', PAYOUT_HOLD_NEW_SELLER_DAYS: '0' } });
  request = client(app.url);
  [seller, buyer, stranger] = await Promise.all([registerUser(request), registerUser(request), registerUser(request)]);
  orders.sold = await completedOrder({ amount: 20_000, currency: 'EUR' });
  orders.cancelled = await paidOrder({ amount: 5_000, currency: 'EUR' });
  expect((await request('POST', `/v1/orders/${orders.cancelled}/cancel`, { token: buyer.token })).body.status).toBe('cancelled');
  const payout = await request('POST', '/v1/me/payouts', { token: seller.token, body: { amount: { amount: 10_000, currency: 'EUR' } } });
  expect(payout.status).toBe(201);
  orders.yen = await completedOrder({ amount: 3_000, currency: 'JPY' });
});
afterAll(() => app.close());

describe('GET /v1/me/transactions', () => {
  test('the seller sees escrow as pending and settled money as available, per transaction and currency', async () => {
    const rows = await list(seller);
    expect(summary(rows)).toEqual(
      summary([
        { kind: 'payment_captured', balance: 'pending', amount: { amount: 18_000, currency: 'EUR' }, order_id: orders.sold },
        { kind: 'escrow_released', balance: 'pending', amount: { amount: -18_000, currency: 'EUR' }, order_id: orders.sold },
        { kind: 'escrow_released', balance: 'available', amount: { amount: 18_000, currency: 'EUR' }, order_id: orders.sold },
        { kind: 'payment_captured', balance: 'pending', amount: { amount: 4_500, currency: 'EUR' }, order_id: orders.cancelled },
        { kind: 'refund', balance: 'pending', amount: { amount: -4_500, currency: 'EUR' }, order_id: orders.cancelled },
        { kind: 'payout', balance: 'available', amount: { amount: -10_000, currency: 'EUR' }, order_id: null },
        { kind: 'payment_captured', balance: 'pending', amount: { amount: 2_700, currency: 'JPY' }, order_id: orders.yen },
        { kind: 'escrow_released', balance: 'pending', amount: { amount: -2_700, currency: 'JPY' }, order_id: orders.yen },
        { kind: 'escrow_released', balance: 'available', amount: { amount: 2_700, currency: 'JPY' }, order_id: orders.yen },
      ] as Row[]),
    );
    // Newest first, ids unique and of the form <transaction>:<balance>:<currency>.
    const times = rows.map((r) => Date.parse(r.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    for (const r of rows) expect(r.id).toBe(`${r.transaction_id}:${r.balance}:${r.amount.currency}`);
    // The history adds up to the balance endpoint.
    const balances = (await request('GET', '/v1/me/balance', { token: seller.token })).body.balances as { currency: string; pending: number; available: number }[];
    for (const b of balances) {
      const sum = (balance: string) => rows.filter((r) => r.balance === balance && r.amount.currency === b.currency).reduce((s, r) => s + r.amount.amount, 0);
      expect({ currency: b.currency, pending: sum('pending'), available: sum('available') }).toEqual(b);
    }
  });

  test('the buyer sees what was charged to and refunded to their card', async () => {
    expect(summary(await list(buyer))).toEqual(
      summary([
        { kind: 'payment_captured', balance: 'payment', amount: { amount: -20_000, currency: 'EUR' }, order_id: orders.sold },
        { kind: 'payment_captured', balance: 'payment', amount: { amount: -5_000, currency: 'EUR' }, order_id: orders.cancelled },
        { kind: 'refund', balance: 'payment', amount: { amount: 5_000, currency: 'EUR' }, order_id: orders.cancelled },
        { kind: 'payment_captured', balance: 'payment', amount: { amount: -3_000, currency: 'JPY' }, order_id: orders.yen },
      ] as Row[]),
    );
  });

  test('a stranger sees nothing of others’ rows, even filtering by their order', async () => {
    expect(await list(stranger)).toEqual([]);
    expect(await list(stranger, `&order_id=${orders.sold}`)).toEqual([]);
    expect((await request('GET', '/v1/me/transactions')).status).toBe(401);
  });

  test('filters: currency, kind, balance, order and time window', async () => {
    expect(summary(await list(seller, '&currency=JPY')).map((r) => r[0])).toEqual(['escrow_released', 'escrow_released', 'payment_captured']);
    expect(summary(await list(seller, '&kind=refund'))).toEqual([['refund', 'pending', -4_500, 'EUR', orders.cancelled]]);
    expect((await list(seller, '&balance=available&currency=EUR')).map((r) => r.amount.amount)).toEqual([-10_000, 18_000]);
    expect(await list(seller, '&balance=payment')).toEqual([]);
    expect((await list(buyer, `&order_id=${orders.cancelled}`)).map((r) => [r.kind, r.amount.amount])).toEqual([
      ['refund', 5_000],
      ['payment_captured', -5_000],
    ]);
    expect(await list(buyer, '&balance=pending')).toEqual([]);

    const all = await list(seller);
    const payout = all.find((r) => r.kind === 'payout')!;
    const at = new Date(payout.created_at);
    const window = await list(seller, `&from=${at.toISOString()}&to=${new Date(at.getTime() + 1).toISOString()}`);
    expect(window.map((r) => r.id)).toContain(payout.id);
    expect(window.every((r) => r.created_at === payout.created_at)).toBe(true);
    expect(await list(seller, `&from=${at.toISOString()}&to=${at.toISOString()}`)).toEqual([]);
    const since = await list(seller, `&from=${encodeURIComponent(new Date(at.getTime() + 3_600_000).toISOString().replace('Z', '+01:00'))}`);
    expect(since.map((r) => r.id)).toEqual(all.filter((r) => Date.parse(r.created_at) >= at.getTime()).map((r) => r.id));
    expect(await list(seller, `&from=${new Date(Date.now() + 60_000).toISOString()}`)).toEqual([]);
  });

  test('cursor pagination walks every row once, in order, even while new rows arrive', async () => {
    const all = await list(seller);
    const seen: Row[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res: { status: number; body: { data: Row[]; next_cursor: string | null } } = await request('GET', `/v1/me/transactions?limit=2${cursor ? `&cursor=${cursor}` : ''}`, {
        token: seller.token,
      });
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data);
      cursor = res.body.next_cursor;
      // A sale after the first page is newer than every cursor: it shows on page one of a new walk only.
      if (pages === 0) await paidOrder({ amount: 1_500, currency: 'EUR' });
      pages += 1;
    } while (cursor);
    expect(pages).toBe(Math.ceil(all.length / 2));
    expect(seen.map((r) => r.id)).toEqual(all.map((r) => r.id));
    expect((await list(seller)).length).toBe(all.length + 1);

    // The export reads the same history in batches through the same keyset.
    const batches: string[] = [];
    for await (const batch of transactionBatches(app.ctx.db, seller.id, {}, 3)) batches.push(...batch.map((r) => `${r.transaction_id}:${r.bucket}`));
    expect(batches).toEqual((await list(seller)).map((r) => r.id));
  });

  test('format=csv (or Accept: text/csv) downloads the whole filtered history as RFC 4180 CSV', async () => {
    const res = await fetch(`${app.url}/v1/me/transactions?format=csv&limit=1`, { headers: { authorization: `Bearer ${seller.token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="transactions.csv"');
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, ...lines] = text.slice(0, -2).split('\r\n');
    expect(header).toBe('id,transaction_id,created_at,kind,balance,order_id,currency,amount_minor,amount');
    const rows = await list(seller);
    expect(lines.map((l) => l.split(',')[0])).toEqual(rows.map((r) => r.id));
    const byId = new Map(lines.map((l) => [l.split(',')[0], l.split(',')]));
    const yenRelease = rows.find((r) => r.kind === 'escrow_released' && r.balance === 'pending' && r.amount.currency === 'JPY')!;
    expect(byId.get(yenRelease.id)).toEqual([yenRelease.id, yenRelease.transaction_id, yenRelease.created_at, 'escrow_released', 'pending', orders.yen, 'JPY', '-2700', '-2700']);
    const payout = rows.find((r) => r.kind === 'payout')!;
    expect(byId.get(payout.id)?.slice(3)).toEqual(['payout', 'available', '', 'EUR', '-10000', '-100.00']);

    const negotiated = await fetch(`${app.url}/v1/me/transactions?currency=JPY`, { headers: { authorization: `Bearer ${seller.token}`, accept: 'text/csv' } });
    expect(negotiated.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const jpy = (await negotiated.text()).trim().split('\r\n').slice(1);
    expect(jpy).toHaveLength(3);
    expect(jpy.every((l) => l.split(',')[6] === 'JPY')).toBe(true);

    const empty = await fetch(`${app.url}/v1/me/transactions?format=csv`, { headers: { authorization: `Bearer ${stranger.token}` } });
    expect(await empty.text()).toBe('id,transaction_id,created_at,kind,balance,order_id,currency,amount_minor,amount\r\n');
    const json = await request('GET', '/v1/me/transactions?format=json', { token: seller.token, headers: { accept: 'text/csv' } });
    expect(json.body.data).toBeInstanceOf(Array);
  });

  const badCursor = Buffer.from(JSON.stringify(['2026-02-31T00:00:00.000000Z', '7f0c5a52-1c5a-4cb4-9d5f-0b5ec9d1b8a1', 'pending:EUR'])).toString('base64url');
  test.each([
    ['from=yesterday', 400, 'query.from'],
    ['to=2026-02-30T00:00:00Z', 400, 'query.to'],
    ['from=0000-01-01T00:00:00Z', 400, 'query.from'],
    ['from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 422, 'query.to'],
    ['kind=chargeback', 400, 'query.kind'],
    ['balance=savings', 400, 'query.balance'],
    ['currency=XYZ', 400, 'query.currency'],
    ['order_id=42', 400, 'query.order_id'],
    ['format=xml', 400, 'query.format'],
    ['limit=0', 400, 'query.limit'],
    ['cursor=garbage', 400, 'query.cursor'],
    [`cursor=${badCursor}`, 400, 'query.cursor'],
    [`cursor=${Buffer.from('[1,2,3]').toString('base64url')}`, 400, 'query.cursor'],
    ['sort=amount', 400, 'query.sort'],
  ])('%s → %d problem naming %s', async (query, status, field) => {
    const res = await request('GET', `/v1/me/transactions?${query}`, { token: seller.token });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
