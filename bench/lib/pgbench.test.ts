import { parsePgbenchOutput } from './pgbench';

// Verbatim tails of pgbench runs: 15 (this machine's Debian package) and 13 (older wording).
const PG15 = `pgbench (15.20 (Debian 15.20-0+deb12u1), server 17.10)
transaction type: <builtin: TPC-B (sort of)>
scaling factor: 8
query mode: prepared
number of clients: 8
number of threads: 2
maximum number of tries: 1
duration: 10 s
number of transactions actually processed: 10423
number of failed transactions: 0 (0.000%)
latency average = 7.676 ms
initial connection time = 14.402 ms
tps = 1042.184723 (without initial connection time)
`;

const PG13 = `transaction type: <builtin: TPC-B (sort of)>
number of transactions actually processed: 35000
latency average = 2.285 ms
tps = 3500.125000 (including connections establishing)
tps = 3501.500000 (excluding connections establishing)
`;

describe('parsePgbenchOutput', () => {
  test('pgbench 14+: tps without initial connection time, transactions, failures, latency', () => {
    expect(parsePgbenchOutput(PG15)).toEqual({ tps: 1042.184723, transactions: 10423, failed: 0, latencyAvgMs: 7.676 });
  });

  test('older pgbench: the tps that excludes connection setup, not the one including it', () => {
    expect(parsePgbenchOutput(PG13)).toEqual({ tps: 3501.5, transactions: 35000, failed: null, latencyAvgMs: 2.285 });
  });

  test('output without a tps line is an error that quotes the output', () => {
    expect(() => parsePgbenchOutput('connection to server failed')).toThrow(/could not find tps[\s\S]*connection to server failed/);
  });
});
