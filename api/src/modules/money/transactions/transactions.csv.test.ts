import { decimalAmount } from './transactions.csv';

describe('decimalAmount', () => {
  test.each([
    [12_500n, 2, '125.00'],
    [-12_500n, 2, '-125.00'],
    [5n, 2, '0.05'],
    [-5n, 2, '-0.05'],
    [0n, 2, '0.00'],
    [1_500n, 0, '1500'],
    [-2_700n, 0, '-2700'],
    [2n ** 63n - 1n, 2, '92233720368547758.07'],
  ])('%p minor units at exponent %p is %p', (minor, exponent, text) => {
    expect(decimalAmount(minor, exponent)).toBe(text);
  });
});
