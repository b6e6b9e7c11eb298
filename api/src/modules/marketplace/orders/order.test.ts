import { ORDER_STATUSES, TRANSITIONS, guardsOf, timersOnEntering, transition, type Actor, type Command, type GuardFacts } from './order';

const ACTORS: Actor[] = ['buyer', 'seller', 'staff', 'system'];
const COMMANDS = Object.keys(TRANSITIONS) as Command[];

const facts = (over: Partial<GuardFacts> = {}): GuardFacts => ({
  sellerCanAcceptPayments: true,
  deliveredAt: null,
  now: new Date('2026-11-21T12:00:00Z'),
  disputeWindowDays: 14,
  ...over,
});
/** Facts every guard passes: the table's own verdicts, guards aside. */
const PASSING = facts();

describe('order transition table', () => {
  // Every (status, command, actor) triple: the table is small enough to check exhaustively.
  for (const status of ORDER_STATUSES) {
    for (const command of COMMANDS) {
      for (const actor of ACTORS) {
        const rule = TRANSITIONS[command];
        const actorOk = (rule.actors as readonly Actor[]).includes(actor);
        const fromOk = (rule.from as readonly string[]).includes(status);
        test(`${status} --${command}/${actor}-->`, () => {
          const result = transition(status, command, actor, PASSING);
          if (!actorOk) expect(result).toEqual({ ok: false, error: 'actor_not_allowed' });
          else if (!fromOk) expect(result).toEqual({ ok: false, error: 'invalid_transition' });
          else expect(result).toEqual({ ok: true, from: status, to: rule.to, event: rule.event });
        });
      }
    }
  }

  test('the happy path runs from initiated to completed', () => {
    const path: [Command, Actor][] = [
      ['start_payment', 'buyer'],
      ['payment_succeeded', 'system'],
      ['ship', 'seller'],
      ['confirm_delivery', 'buyer'],
      ['complete', 'buyer'],
    ];
    let status = 'initiated' as (typeof ORDER_STATUSES)[number];
    for (const [command, actor] of path) {
      const result = transition(status, command, actor, PASSING);
      if (!result.ok) throw new Error(`${command} refused in ${status}`);
      status = result.to;
    }
    expect(status).toBe('completed');
  });

  test('terminal statuses accept nothing; a completed order only a refund or a chargeback', () => {
    for (const status of ['refunded', 'cancelled'] as const) {
      for (const command of COMMANDS) for (const actor of ACTORS) expect(transition(status, command, actor, PASSING).ok).toBe(false);
    }
    const fromCompleted = COMMANDS.filter((c) => ACTORS.some((a) => transition('completed', c, a, PASSING).ok));
    expect(fromCompleted.sort()).toEqual(['chargeback', 'refund']);
  });

  test('every status is reachable from initiated', () => {
    const seen = new Set<string>(['initiated']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const status of [...seen]) {
        for (const command of COMMANDS)
          for (const actor of ACTORS) {
            const r = transition(status as never, command, actor, PASSING);
            if (r.ok && !seen.has(r.to)) {
              seen.add(r.to);
              grew = true;
            }
          }
      }
    }
    expect([...seen].sort()).toEqual([...ORDER_STATUSES].sort());
  });

  test('guards refuse by name: a seller who cannot accept payments, a dispute after the window', () => {
    expect(transition('initiated', 'start_payment', 'buyer', facts({ sellerCanAcceptPayments: false }))).toEqual({ ok: false, error: 'seller_can_accept_payments' });
    expect(transition('initiated', 'start_payment', 'buyer', facts()).ok).toBe(true);
    const delivered = new Date('2026-11-01T12:00:00Z');
    expect(transition('delivered', 'open_dispute', 'buyer', facts({ deliveredAt: delivered, disputeWindowDays: 14 }))).toEqual({ ok: false, error: 'within_dispute_window' });
    expect(transition('delivered', 'open_dispute', 'buyer', facts({ deliveredAt: delivered, disputeWindowDays: 30 })).ok).toBe(true);
  });

  // Every guard, through every command, state and actor that reaches it: no facts, no pass.
  const guarded = COMMANDS.filter((c) => guardsOf(c).length > 0);
  test('the guards checked for missing facts are all the table names', () => {
    expect([...new Set(guarded.flatMap(guardsOf))].sort()).toEqual(['seller_can_accept_payments', 'within_dispute_window']);
  });
  for (const command of guarded) {
    const rule = TRANSITIONS[command];
    for (const status of rule.from) {
      for (const actor of rule.actors) {
        test(`${guardsOf(command).join(', ')}: ${status} --${command}/${actor}--> refuses without facts`, () => {
          expect(transition(status, command, actor)).toEqual({ ok: false, error: 'facts_missing' });
          expect(transition(status, command, actor, PASSING).ok).toBe(true);
        });
      }
    }
  }

  test('each waiting state arms exactly its timer', () => {
    expect(timersOnEntering('initiated')).toEqual([{ command: 'expire', after: 'UNPAID_ORDER_TTL_MINUTES' }]);
    expect(timersOnEntering('paid')).toEqual([{ command: 'auto_cancel', after: 'SHIP_DEADLINE_DAYS' }]);
    expect(timersOnEntering('shipped')).toEqual([{ command: 'auto_deliver', after: 'DELIVERY_CONFIRM_DEADLINE_DAYS' }]);
    expect(timersOnEntering('delivered')).toEqual([{ command: 'auto_complete', after: 'AUTO_COMPLETE_DAYS' }]);
    for (const status of ['pending_payment', 'completed', 'disputed', 'refunded', 'cancelled'] as const) expect(timersOnEntering(status)).toEqual([]);
  });
});
