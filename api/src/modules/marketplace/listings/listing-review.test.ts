import { contentFlags } from './listing-review';

const flags = (title: string, description = 'Works well') => contentFlags({ title, description });

describe('contentFlags', () => {
  test.each([
    ['Vintage camera', []],
    ['Electronics item #4821', []],
    [`zebra${1763000000000} lamp`, []],
    ['Samsung SM-G991B 128GB', []],
    ['EAN 4006381333931 sealed box', []],
    ['Replica Rolex', ['prohibited_item']],
    ['Air RIFLE scope', ['prohibited_item']],
    ['Fake  ID card holder', ['prohibited_item']],
    ['Gunmetal grey jacket', []],
    ['Mail me: a.b+c@example.co.uk', ['contact_details']],
    ['See www.example.com', ['contact_details']],
    ['See https://x.io/abc', ['contact_details']],
    ['Buy at cheapstuff.shop', ['contact_details']],
    ['Call +49 30 1234 5678', ['contact_details']],
    ['Call 0171 2345678', ['contact_details']],
    ['Replica, call 030-12345678', ['prohibited_item', 'contact_details']],
  ])('%s → %j', (title, expected) => {
    expect(flags(title)).toEqual(expected);
  });

  test('the description is read too', () => {
    expect(flags('Lamp', 'Write to me at x@y.de')).toEqual(['contact_details']);
  });

  test('so are text attributes and the place, where contact details would slip past otherwise', () => {
    expect(contentFlags({ title: 'Lamp', description: 'Brass', attributes: { brand: 'call 0171 2345678' } })).toEqual(['contact_details']);
    expect(contentFlags({ title: 'Lamp', description: 'Brass', place: 'www.example.com' })).toEqual(['contact_details']);
    expect(contentFlags({ title: 'Shoes', description: 'Worn twice', attributes: { eu_size: 42, brand: 'Veja' }, place: 'Lyon' })).toEqual([]);
  });
});
