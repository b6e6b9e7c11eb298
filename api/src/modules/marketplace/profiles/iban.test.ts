import { hasIbanShape, hasValidIbanChecksum, maskIban, normalizeIban } from './iban';

describe('IBAN', () => {
  test.each(['DE89 3704 0044 0532 0130 00', 'gb82 west 1234 5698 7654 32', 'FR14-2004-1010-0505-0001-3M02-606', 'NO9386011117947', 'MT84MALT011000012345MTLCAST001S'])(
    '%s is valid',
    (raw) => {
      const iban = normalizeIban(raw);
      expect(hasIbanShape(iban)).toBe(true);
      expect(hasValidIbanChecksum(iban)).toBe(true);
    },
  );

  test.each(['DE89370400440532013001', 'DE98370400440532013000', 'GB82WEST12345698765433'])('%s fails mod-97', (iban) => {
    expect(hasValidIbanChecksum(iban)).toBe(false);
  });

  test.each(['', 'DE89', '1289370400440532013000', 'DEXX370400440532013000', 'DE8937040044053201300!'])('%p does not have the shape of an IBAN', (iban) => {
    expect(hasIbanShape(iban)).toBe(false);
  });

  test('masking keeps the last four characters only', () => {
    expect(maskIban('3000')).toBe('**** 3000');
  });
});
