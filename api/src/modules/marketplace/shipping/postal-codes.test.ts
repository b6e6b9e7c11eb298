import { normalizePostalCode, postalCodeProblem } from './postal-codes';

const valid = (country: string, code: string) => postalCodeProblem(country, normalizePostalCode(country, code)) === null;

describe('postal codes', () => {
  test.each([
    ['GB', 'SW1A 1AA'],
    ['GB', 'sw1a1aa'],
    ['GB', 'M1 1AE'],
    ['GB', 'EC1A 1BB'],
    ['GB', 'GIR0AA'],
    ['FR', '75008'],
    ['DE', '10115'],
    ['IT', '00184'],
    ['ES', '28013'],
    ['ES', '52001'],
    ['US', '10001'],
    ['US', '10001-1234'],
    ['NL', '1012ab'],
    ['NL', '1012 AB'],
    ['BE', '1000'],
    ['JP', '100-0001'],
    ['CH', '8001'],
  ])('%s %s is valid', (country, code) => expect(valid(country, code)).toBe(true));

  test.each([
    ['GB', '12345'],
    ['GB', 'SW1A'],
    ['FR', '7500'],
    ['FR', '750080'],
    ['DE', 'ABCDE'],
    ['ES', '53001'],
    ['ES', '00001'],
    ['US', '1000'],
    ['US', '10001-12'],
    ['NL', '0123 AB'],
    ['NL', '1012 SS'],
    ['BE', '0999'],
    ['JP', '100_0001'],
    ['CH', '-'],
  ])('%s %s is refused', (country, code) => expect(valid(country, code)).toBe(false));

  test('normalizes case and spacing', () => {
    expect(normalizePostalCode('GB', ' ec1a1bb ')).toBe('EC1A 1BB');
    expect(normalizePostalCode('NL', '1012ab')).toBe('1012 AB');
    expect(normalizePostalCode('FR', ' 75008 ')).toBe('75008');
  });
});
