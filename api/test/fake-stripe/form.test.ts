import { FormError, parseForm } from './form';

describe('parseForm (Stripe bracket syntax)', () => {
  test('flat, nested objects, indexed and appended arrays, encoded brackets and spaces', () => {
    const body =
      'amount=2000&currency=eur&metadata[order_id]=o_1&metadata%5Bnote%5D=two+words' +
      '&capabilities[transfers][requested]=true&expand[0]=latest_charge&expand[1]=customer&tags[]=a&tags[]=b';
    expect(parseForm(body)).toEqual({
      amount: '2000',
      currency: 'eur',
      metadata: { order_id: 'o_1', note: 'two words' },
      capabilities: { transfers: { requested: 'true' } },
      expand: ['latest_charge', 'customer'],
      tags: ['a', 'b'],
    });
  });

  test('arrays of objects, empty values (unset) and an empty body', () => {
    expect(parseForm('items[0][price]=p_1&items[0][quantity]=2&items[1][price]=p_2&description=')).toEqual({
      items: [{ price: 'p_1', quantity: '2' }, { price: 'p_2' }],
      description: '',
    });
    expect(parseForm('')).toEqual({});
  });

  test('malformed names and prototype keys are rejected', () => {
    expect(() => parseForm('a[b=1')).toThrow(FormError);
    expect(() => parseForm('__proto__[polluted]=1')).toThrow(FormError);
    expect(() => parseForm('metadata[constructor]=1')).toThrow(FormError);
    expect(() => parseForm('a=1&a[b]=2')).toThrow(FormError);
  });
});
