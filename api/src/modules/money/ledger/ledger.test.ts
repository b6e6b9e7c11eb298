import { accounts, sumsByCurrency, toPostings } from './ledger';
import { InvalidTransfer } from './ledger.errors';
import { feeFor } from '../currencies';

const order = '00000000-0000-4000-8000-000000000001';
const seller = '00000000-0000-4000-8000-000000000002';

describe('ledger postings', () => {
  test('a transfer becomes a debit and a credit that cancel out', () => {
    const postings = toPostings([{ from: accounts.psp(), to: accounts.escrow(order, seller), amount: 1999, currency: 'EUR' }]);
    expect(postings.map((p) => [p.account.code, p.amount])).toEqual([
      ['external:psp', -1999],
      [`escrow:${order}`, 1999],
    ]);
    expect(sumsByCurrency(postings)).toEqual(new Map([['EUR', 0]]));
  });

  test('multi-currency transactions balance per currency', () => {
    const postings = toPostings([
      { from: accounts.psp(), to: accounts.platformFees(), amount: 5, currency: 'EUR' },
      { from: accounts.psp(), to: accounts.platformFees(), amount: 700, currency: 'JPY' },
    ]);
    expect(sumsByCurrency(postings)).toEqual(
      new Map([
        ['EUR', 0],
        ['JPY', 0],
      ]),
    );
  });

  test.each([0, -1, 1.5, Number.NaN, 2 ** 53])('refuses amount %p', (amount) => {
    expect(() => toPostings([{ from: accounts.psp(), to: accounts.platformFees(), amount, currency: 'EUR' }])).toThrow(InvalidTransfer);
  });

  test('refuses empty transactions and self-transfers', () => {
    expect(() => toPostings([])).toThrow(InvalidTransfer);
    expect(() => toPostings([{ from: accounts.psp(), to: accounts.psp(), amount: 1, currency: 'EUR' }])).toThrow(InvalidTransfer);
  });
});

describe('platform fee', () => {
  test.each([
    [1999, 1000, 199],
    [1, 1000, 0],
    [10_000, 250, 250],
    [100_000_000_000, 1000, 10_000_000_000],
    [999, 0, 0],
  ])('fee of %p at %p bps is %p, rounded down', (amount, bps, fee) => {
    expect(feeFor(amount, bps)).toBe(fee);
  });
});
