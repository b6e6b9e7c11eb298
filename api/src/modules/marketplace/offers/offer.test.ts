import { OFFER_STATUSES, OFFER_TRANSITIONS, type OfferActor, type OfferCommand, type OfferParty, checkAmount, offerFloor, transitionOffer } from './offer';

const COMMANDS = Object.keys(OFFER_TRANSITIONS) as OfferCommand[];
const ACTORS: OfferActor[] = ['buyer', 'seller', 'system'];
const PARTIES: OfferParty[] = ['buyer', 'seller'];

describe('offer transitions', () => {
  // Every command from every state by every actor, with either party awaited: the expected verdict from first principles.
  for (const status of OFFER_STATUSES)
    for (const awaiting of status === 'pending' ? PARTIES : [null])
      for (const command of COMMANDS)
        for (const actor of ACTORS) {
          const rule = OFFER_TRANSITIONS[command];
          const mayAct = rule.by === 'system' ? actor === 'system' : rule.by === 'buyer' ? actor === 'buyer' : actor !== 'system';
          const expected = !mayAct ? 'actor_not_allowed' : status !== 'pending' ? 'invalid_transition' : rule.by === 'awaited' && actor !== awaiting ? 'not_your_turn' : rule.to;
          it(`${command} by ${actor} on ${status}${awaiting ? ` awaiting ${awaiting}` : ''} → ${expected}`, () => {
            const result = transitionOffer({ status, awaiting }, command, actor);
            expect(result.ok ? result.to : result.error).toBe(expected);
          });
        }

  it('a counter hands the turn to the other party', () => {
    expect(transitionOffer({ status: 'pending', awaiting: 'seller' }, 'counter', 'seller')).toMatchObject({ ok: true, to: 'pending', awaiting: 'buyer' });
    expect(transitionOffer({ status: 'pending', awaiting: 'buyer' }, 'counter', 'buyer')).toMatchObject({ ok: true, to: 'pending', awaiting: 'seller' });
  });

  it('every ending clears the turn', () => {
    expect(transitionOffer({ status: 'pending', awaiting: 'seller' }, 'accept', 'seller')).toMatchObject({ ok: true, awaiting: null, event: 'offer.accepted' });
    expect(transitionOffer({ status: 'pending', awaiting: 'seller' }, 'withdraw', 'buyer')).toMatchObject({ ok: true, awaiting: null, event: 'offer.withdrawn' });
    expect(transitionOffer({ status: 'pending', awaiting: 'buyer' }, 'expire', 'system')).toMatchObject({ ok: true, awaiting: null, event: 'offer.expired' });
  });
});

describe('offer amounts', () => {
  it('the floor is a percentage of the price, rounded up', () => {
    expect(offerFloor(10_000, 50)).toBe(5_000);
    expect(offerFloor(999, 50)).toBe(500);
    expect(offerFloor(1, 50)).toBe(1);
  });

  it('refuses below the floor and at or above the price', () => {
    expect(checkAmount(4_999, 10_000, 50)).toMatchObject({ ok: false, error: 'offer_too_low' });
    expect(checkAmount(5_000, 10_000, 50)).toEqual({ ok: true });
    expect(checkAmount(9_999, 10_000, 50)).toEqual({ ok: true });
    expect(checkAmount(10_000, 10_000, 50)).toMatchObject({ ok: false, error: 'offer_not_below_price' });
    expect(checkAmount(12_000, 10_000, 50)).toMatchObject({ ok: false, error: 'offer_not_below_price' });
  });

  it('a counter moves towards the other party', () => {
    expect(checkAmount(8_000, 10_000, 50, { by: 'seller', current: 7_000 })).toEqual({ ok: true });
    expect(checkAmount(7_000, 10_000, 50, { by: 'seller', current: 7_000 })).toMatchObject({ ok: false, error: 'counter_not_between' });
    expect(checkAmount(7_500, 10_000, 50, { by: 'buyer', current: 8_000 })).toEqual({ ok: true });
    expect(checkAmount(8_500, 10_000, 50, { by: 'buyer', current: 8_000 })).toMatchObject({ ok: false, error: 'counter_not_between' });
  });
});
