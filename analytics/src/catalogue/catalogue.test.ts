import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkEvent, EVENT_CATALOGUE, eventDefinition, parseEvent } from './catalogue';
import { defineEvent } from './event';

const orderPaid = () => ({
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
});

describe('checkEvent', () => {
  it('accepts a payload the API writes and stamps the current version', () => {
    expect(checkEvent('order.paid', 'order', orderPaid())).toEqual({ ok: true, version: 1 });
  });

  it('names the path of a field with the wrong type', () => {
    const result = checkEvent('order.paid', 'order', { ...orderPaid(), amount: 125.5 });
    expect(result).toEqual({ ok: false, version: 1, reason: expect.stringMatching(/^payload\.amount: /) });
  });

  it('names a missing field and a malformed uuid, each by its path', () => {
    const { currency: _, ...missing } = orderPaid();
    const result = checkEvent('order.paid', 'order', { ...missing, buyer_id: 'not-a-uuid' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/payload\.currency: .*; payload\.buyer_id: |payload\.buyer_id: .*; payload\.currency: /);
  });

  it('refuses an undeclared field, a value outside an enum and an amount as a float or negative', () => {
    expect(checkEvent('order.paid', 'order', { ...orderPaid(), note: 'x' })).toMatchObject({ ok: false, reason: expect.stringContaining('note') });
    expect(checkEvent('order.paid', 'order', { ...orderPaid(), status: 'lost' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^payload\.status: /) });
    expect(checkEvent('order.paid', 'order', { ...orderPaid(), fee_amount: -1 })).toMatchObject({ ok: false, reason: expect.stringMatching(/^payload\.fee_amount: /) });
    expect(checkEvent('order.paid', 'order', { ...orderPaid(), currency: 'eur' })).toMatchObject({ ok: false, reason: 'payload.currency: must be an ISO 4217 code' });
  });

  it('names the index of a bad array element', () => {
    const result = checkEvent('risk.scored', 'order', {
      order_id: randomUUID(),
      score: 40,
      probability: 0.4,
      decision: 'review',
      model_version: 'v',
      reasons: ['ok', 7],
    });
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/^payload\.reasons\[1\]: /) });
  });

  it('never echoes a received value into the reason (payloads can hold personal data)', () => {
    const secret = 'jane.doe@example.com';
    const result = checkEvent('order.paid', 'order', { ...orderPaid(), currency: secret, category: secret, buyer_id: secret, amount: secret });
    expect(!result.ok && result.reason).not.toContain(secret);
  });

  it('refuses an unknown type with no version, and a known type under another aggregate', () => {
    expect(checkEvent('order.teleported', 'order', {})).toEqual({ ok: false, version: null, reason: 'unknown event type "order.teleported"' });
    expect(checkEvent('constructor', 'order', {})).toMatchObject({ ok: false, version: null });
    expect(checkEvent('order.paid', 'user', orderPaid())).toEqual({ ok: false, version: 1, reason: 'aggregate_type: expected order, got "user"' });
  });

  it('tells the two kinds of dispute apart by source', () => {
    const common = { dispute_id: randomUUID(), order_id: randomUUID(), buyer_id: randomUUID(), seller_id: randomUUID(), amount: 500, currency: 'EUR' };
    expect(
      checkEvent('dispute.opened', 'dispute', {
        ...common,
        source: 'buyer',
        status: 'awaiting_seller',
        reason: 'damaged',
        assigned_arbitrator_id: null,
      }).ok,
    ).toBe(true);
    expect(
      checkEvent('dispute.opened', 'dispute', {
        ...common,
        source: 'chargeback',
        provider_dispute_id: 'dp_1',
        status: 'open',
        previous_status: null,
        provider_status: 'needs_response',
        reason: 'fraudulent',
      }).ok,
    ).toBe(true);
    // A buyer dispute with a card-network reason is neither shape.
    expect(checkEvent('dispute.opened', 'dispute', { ...common, source: 'buyer', status: 'awaiting_seller', reason: 'fraudulent', assigned_arbitrator_id: null })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^payload\.reason: /),
    });
  });
});

describe('the catalogue', () => {
  it('numbers every type’s versions from 1 and stamps the last', () => {
    for (const [type, definition] of Object.entries(EVENT_CATALOGUE)) {
      expect({ type, versions: definition.versions.map((v) => v.version) }).toEqual({ type, versions: definition.versions.map((_, i) => i + 1) });
      expect(definition.version).toBe(definition.versions.length);
      expect(definition.schema).toBe(definition.versions[definition.versions.length - 1]!.schema);
    }
  });

  it('lets a consumer parse every known version of a type, and only those', () => {
    const v1 = z.strictObject({ id: z.uuid() });
    const v2 = z.strictObject({ id: z.uuid(), amount: z.int() });
    const evolved = defineEvent('order', 'test', v1, v2);
    expect(evolved.version).toBe(2);
    expect(evolved.versions.find((v) => v.version === 1)!.schema.safeParse({ id: randomUUID() }).success).toBe(true);
    expect(evolved.schema.safeParse({ id: randomUUID() }).success).toBe(false);

    const payload = orderPaid();
    expect(parseEvent('order.paid', 1, payload)).toEqual(payload);
    expect(() => parseEvent('order.paid', 2, payload)).toThrow('no catalogued schema for order.paid v2');
    expect(() => parseEvent('order.teleported', 1, payload)).toThrow('no catalogued schema');
    expect(eventDefinition('toString')).toBeUndefined();
  });
});
