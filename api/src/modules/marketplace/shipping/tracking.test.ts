import { isS10, normalizeTracking, trackingProblem, trackingUrl } from './tracking';

describe('UPU S10', () => {
  // RR473124829GB is the UPU's worked example: serial 47312482, check digit 9.
  test('check digits', () => {
    expect(isS10('RR473124829GB')).toBe(true);
    expect(isS10('RR473124828GB')).toBe(false);
    expect(isS10('EE000000000FR')).toBe(false); // sum 0 → 11 → check 5
    expect(isS10('EE000000005FR')).toBe(true);
    expect(isS10('RR47312482GB')).toBe(false);
  });
});

describe('tracking numbers', () => {
  test.each([
    ['UPS', '1Z999AA10123456784'],
    ['ups', '1z 999 aa1 0123 456 784'],
    ['USPS', '9400111899223857268499'],
    ['USPS', 'RR473124829GB'],
    ['FedEx', '123456789012'],
    ['DHL Express', '1234567890'],
    ['DHL', '1234567890'],
    ['DHL', 'JJD000390007805678901'],
    ['DHL', 'JD014600003828291234'],
    ['Deutsche Post', '003404341610'],
    ['Royal Mail', 'RR473124829GB'],
    ['La Poste', '6A12345678901'],
    ['Colissimo', 'EE000000005FR'],
    ['Chronopost', 'EE000000005FR'],
    ['DPD', '01234567890123'],
    ['PostNL', '3SABCD1234567'],
    ['GLS', '12345678901'],
    ['Some Local Courier', 'ABC-123'],
  ])('%s %s is accepted', (carrier, n) => expect(trackingProblem(carrier, n)).toBeNull());

  test.each([
    ['UPS', '1Z999'],
    ['USPS', '12345'],
    ['FedEx', '1234567890'],
    ['DHL Express', '12345'],
    ['DHL', 'JD0001'],
    ['Royal Mail', 'RR473124828GB'],
    ['Royal Mail', '1234567890'],
    ['La Poste', '12345678901'],
    ['Chronopost', 'XY123456789FR'],
    ['DPD', '1234'],
    ['PostNL', '3S1234'],
    ['GLS', '123'],
  ])('%s %s is refused', (carrier, n) => expect(trackingProblem(carrier, n)).toMatch(/is not a .* tracking number: expected/));

  test('tracking pages for known carriers only', () => {
    expect(trackingUrl('UPS', '1z999aa10123456784')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(trackingUrl('Royal Mail', 'RR473124829GB')).toBe('https://www.royalmail.com/track-your-item#/tracking-results/RR473124829GB');
    expect(trackingUrl('Some Local Courier', 'ABC-123')).toBeNull();
    expect(trackingUrl(null, null)).toBeNull();
    expect(normalizeTracking('1z 999-aa1')).toBe('1Z999AA1');
  });
});
