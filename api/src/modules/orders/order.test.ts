import { ORDER_STATUSES, TRANSITIONS, transition, type Actor, type Command } from './order';

const ACTORS: Actor[] = ['buyer', 'seller', 'staff', 'system'];
const COMMANDS = Object.keys(TRANSITIONS) as Command[];

describe('order transition table', () => {
  // Every (status, command, actor) triple: the table is small enough to check exhaustively.
  for (const status of ORDER_STATUSES) {
    for (const command of COMMANDS) {
      for (const actor of ACTORS) {
        const rule = TRANSITIONS[command];
        const actorOk = (rule.actors as readonly Actor[]).includes(actor);
        const fromOk = (rule.from as readonly string[]).includes(status);
        test(`${status} --${command}/${actor}-->`, () => {
          const result = transition(status, command, actor);
          if (!actorOk) expect(result).toEqual({ ok: false, error: 'actor_not_allowed' });
          else if (!fromOk) expect(result).toEqual({ ok: false, error: 'invalid_transition' });
          else expect(result).toEqual({ ok: true, from: status, to: rule.to, event: rule.event });
        });
      }
    }
  }

  test('the happy path runs from initiated to completed', () => {
    const path: [Command, Actor][] = [
      ['start_payment', 'buyer'], ['payment_succeeded', 'system'], ['ship', 'seller'],
      ['confirm_delivery', 'buyer'], ['complete', 'buyer'],
    ];
    let status = 'initiated' as (typeof ORDER_STATUSES)[number];
    for (const [command, actor] of path) {
      const result = transition(status, command, actor);
      if (!result.ok) throw new Error(`${command} refused in ${status}`);
      status = result.to;
    }
    expect(status).toBe('completed');
  });

  test('terminal statuses accept nothing but a refund of a completed order', () => {
    for (const status of ['refunded', 'cancelled'] as const) {
      for (const command of COMMANDS) for (const actor of ACTORS) expect(transition(status, command, actor).ok).toBe(false);
    }
    const fromCompleted = COMMANDS.filter((c) => ACTORS.some((a) => transition('completed', c, a).ok));
    expect(fromCompleted).toEqual(['refund']);
  });

  test('every status is reachable from initiated', () => {
    const seen = new Set<string>(['initiated']);
    let grew = true;
    while (grew) {
      grew = false;
      for (const status of [...seen]) {
        for (const command of COMMANDS) for (const actor of ACTORS) {
          const r = transition(status as never, command, actor);
          if (r.ok && !seen.has(r.to)) { seen.add(r.to); grew = true; }
        }
      }
    }
    expect([...seen].sort()).toEqual([...ORDER_STATUSES].sort());
  });
});
