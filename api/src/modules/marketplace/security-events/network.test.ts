import { deviceOf, networkOf } from './network';

describe('networkOf', () => {
  it.each([
    ['203.0.113.57', '203.0.113.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
    ['::1', '0:0:0::/48'],
    ['not an address', null],
  ])('%s → %s', (ip, network) => expect(networkOf(ip)).toBe(network));
});

it('deviceOf keeps a bounded, printable User-Agent', () => {
  expect(deviceOf(undefined)).toBeNull();
  expect(deviceOf('  ')).toBeNull();
  expect(deviceOf('Agora/2.1 (iPhone)\u0000\n')).toBe('Agora/2.1 (iPhone)');
  expect(deviceOf('x'.repeat(500))).toHaveLength(200);
});
