// tsx bench/event-catalogue.ts [--events 200000] [--rounds 3]
//
// The CPU the catalogue check adds to each appended event: checkEvent (a zod parse of the payload)
// against the serialisation the outbox already did per event (JSON.stringify), on a mix of payload
// shapes the API writes (a flat order event, a two-shape dispute union, a review with arrays). The
// phases alternate for `rounds` in one process, so a noisy machine weighs on both alike. Prints
// nanoseconds per event and the ratio; the database round trip per transaction (~0.3 ms at the
// pgbench ceiling in docs/MACHINE-NOTES) is the scale to read them against.
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { checkEvent } from '../analytics/src/catalogue';

const { values } = parseArgs({ options: { events: { type: 'string', default: '200000' }, rounds: { type: 'string', default: '3' } } });
const total = Number(values.events);
const rounds = Number(values.rounds);

const order = {
  order_id: randomUUID(),
  listing_id: randomUUID(),
  buyer_id: randomUUID(),
  seller_id: randomUUID(),
  amount: 12_500,
  currency: 'EUR',
  fee_amount: 1_250,
  category: 'cameras',
  status: 'paid',
  risk_score: 12,
  risk_decision: 'allow',
  model_version: 'gbdt-v3',
};
const MIX = [
  { type: 'order.paid', aggregate: 'order', payload: order },
  {
    type: 'dispute.opened',
    aggregate: 'dispute',
    payload: {
      dispute_id: randomUUID(),
      order_id: randomUUID(),
      buyer_id: randomUUID(),
      seller_id: randomUUID(),
      amount: 500,
      currency: 'EUR',
      source: 'chargeback',
      provider_dispute_id: 'dp_1',
      status: 'open',
      previous_status: null,
      provider_status: 'needs_response',
      reason: 'fraudulent',
    },
  },
  {
    type: 'review.submitted',
    aggregate: 'review',
    payload: {
      review_id: randomUUID(),
      order_id: randomUUID(),
      author_id: randomUUID(),
      subject_id: randomUUID(),
      author_role: 'buyer',
      rating: 4,
      status: 'flagged',
      flags: ['link', 'burst'],
    },
  },
];

function timeNsPerEvent(work: (i: number) => unknown): number {
  let sink = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < total; i++) sink += work(i) ? 1 : 0;
  const ns = Number(process.hrtime.bigint() - start) / total;
  if (sink < 0) throw new Error('unreachable');
  return ns;
}

const baseline = (i: number) => JSON.stringify(MIX[i % MIX.length]!.payload);
const checked = (i: number) => {
  const e = MIX[i % MIX.length]!;
  if (!checkEvent(e.type, e.aggregate, e.payload).ok) throw new Error(`${e.type} does not validate`);
  return JSON.stringify(e.payload);
};

// Warm both paths (JIT, zod's lazily built parsers) before measuring.
timeNsPerEvent(baseline);
timeNsPerEvent(checked);
const rows: { round: number; stringify: number; checkAndStringify: number }[] = [];
for (let round = 1; round <= rounds; round++) rows.push({ round, stringify: timeNsPerEvent(baseline), checkAndStringify: timeNsPerEvent(checked) });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = median(rows.map((r) => r.stringify));
const c = median(rows.map((r) => r.checkAndStringify));
process.stdout.write(`| phase | ns/event (median of ${rounds} rounds × ${total} events) |\n|---|---|\n`);
process.stdout.write(`| JSON.stringify only (before) | ${s.toFixed(0)} |\n| checkEvent + JSON.stringify (now) | ${c.toFixed(0)} |\n`);
process.stdout.write(`\nratio now/before: ${(c / s).toFixed(2)}×; added per event: ${((c - s) / 1000).toFixed(2)} µs\n`);
