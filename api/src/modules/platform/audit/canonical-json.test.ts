import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  test('sorts keys at every depth and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  test('sorts by UTF-16 code unit, not locale', () => {
    expect(canonicalJson({ b: 0, B: 0, é: 0, a: 0, '10': 0, '9': 0 })).toBe('{"10":0,"9":0,"B":0,"a":0,"b":0,"é":0}');
  });

  test('the same value built in any key order gives the same text', () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  test('dates are ISO strings, at top level and nested', () => {
    const at = new Date(Date.UTC(2026, 10, 22, 8, 30, 0, 5));
    expect(canonicalJson(at)).toBe('"2026-11-22T08:30:00.005Z"');
    expect(canonicalJson({ at })).toBe('{"at":"2026-11-22T08:30:00.005Z"}');
  });

  test('strings and numbers are written as JSON.stringify writes them', () => {
    expect(canonicalJson('quote " backslash \\ newline \n tab \t nul-free ☃ 😀')).toBe(JSON.stringify('quote " backslash \\ newline \n tab \t nul-free ☃ 😀'));
    expect(canonicalJson([0, -0, 1.5, 1e21, 1e-7, Number('-12345678901234567890')])).toBe('[0,0,1.5,1e+21,1e-7,-12345678901234567000]');
  });

  test('undefined members are dropped and undefined items become null, as JSON.stringify does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
    expect(canonicalJson([undefined, 1])).toBe('[null,1]');
  });

  test('round-trips: the canonical text of the parsed text is the text', () => {
    const text = canonicalJson({ note: 'café', amounts: [1999, 0.1], at: new Date(0), nested: { ok: false } });
    expect(canonicalJson(JSON.parse(text))).toBe(text);
  });

  test.each([
    ['NaN', { n: Number.NaN }, /\$\.n is not a finite number/],
    ['Infinity', [Number.POSITIVE_INFINITY], /\$\[0\] is not a finite number/],
    ['-Infinity', Number.NEGATIVE_INFINITY, /not a finite number/],
    ['an invalid date', { at: new Date('nope') }, /\$\.at is an invalid date/],
    ['a bigint', { n: 1n }, /\$\.n is not a JSON value \(bigint\)/],
    ['a function', { f: () => 1 }, /\(function\)/],
    ['a symbol', Symbol('s'), /\(symbol\)/],
    ['a Map', { m: new Map() }, /\$\.m is not a JSON value \(Map\)/],
    ['a Buffer', Buffer.from('x'), /\(Buffer\)/],
    ['undefined at the top', undefined, /\$ is not a JSON value \(undefined\)/],
  ])('rejects %s', (_name, value, error) => {
    expect(() => canonicalJson(value)).toThrow(error);
  });

  test('writes a lone surrogate, in a value or a key, as the U+FFFD the database stores in its place', () => {
    expect(canonicalJson({ s: 'a\uD800b', ['\uDC00']: 1 })).toBe('{"s":"a\uFFFDb","\uFFFD":1}');
    // A well-formed pair is one character and stays as it is.
    expect(canonicalJson('\uD83D\uDE00')).toBe('"😀"');
  });

  test('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { b: 2, a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });
});
