import { csvRecord } from '../../../csv';
import { CURRENCY_EXPONENTS } from '../currencies';
import type { HistoryRow } from './transactions.repository';

const HEADER = ['id', 'transaction_id', 'created_at', 'kind', 'balance', 'order_id', 'currency', 'amount_minor', 'amount'];

/** Minor units as a decimal string in the currency's exponent: -12500 EUR → "-125.00", 1500 JPY → "1500". */
export function decimalAmount(minor: bigint, exponent: number): string {
  const sign = minor < 0n ? '-' : '';
  const digits = (minor < 0n ? -minor : minor).toString().padStart(exponent + 1, '0');
  return exponent === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

function record(row: HistoryRow): string {
  const minor = BigInt(row.amount);
  const exponent = CURRENCY_EXPONENTS[row.currency];
  return csvRecord([
    `${row.transaction_id}:${row.bucket}`,
    row.transaction_id,
    row.created_at.toISOString(),
    row.kind,
    row.balance,
    row.order_id,
    row.currency,
    // Exact integers even past 2^53; an unknown currency gets no decimal rather than a wrong one.
    minor.toString(),
    exponent === undefined ? null : decimalAmount(minor, exponent),
  ]);
}

/** The CSV download: a header row, then one chunk per batch of rows. */
export async function* transactionsCsv(batches: AsyncIterable<HistoryRow[]>): AsyncGenerator<string> {
  yield csvRecord(HEADER);
  for await (const rows of batches) yield rows.map(record).join('');
}
