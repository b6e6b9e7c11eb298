import { afterQuietHours, inQuietHours, isTimeZone, nextDigestAt, nextLocalTime } from './quiet-hours';

const quiet = { start: '22:00', end: '07:00' };

test('quiet hours across midnight, in the user’s time zone', () => {
  expect(inQuietHours(new Date('2026-12-07T21:30:00Z'), quiet, 'Europe/Paris')).toBe(true); // 22:30 in Paris
  expect(inQuietHours(new Date('2026-12-07T20:30:00Z'), quiet, 'Europe/Paris')).toBe(false); // 21:30
  expect(inQuietHours(new Date('2026-12-08T05:59:00Z'), quiet, 'Europe/Paris')).toBe(true); // 06:59
  expect(inQuietHours(new Date('2026-12-08T06:00:00Z'), quiet, 'Europe/Paris')).toBe(false); // 07:00
  expect(inQuietHours(new Date('2026-12-08T12:00:00Z'), { start: '12:00', end: '14:00' }, 'UTC')).toBe(true);
  expect(inQuietHours(new Date('2026-12-08T12:00:00Z'), null, 'UTC')).toBe(false);
});

test('held until the local end of quiet hours; the digest at the local morning', () => {
  expect(afterQuietHours(new Date('2026-12-07T21:30:00Z'), quiet, 'Europe/Paris').toISOString()).toBe('2026-12-08T06:00:00.000Z');
  expect(afterQuietHours(new Date('2026-12-07T12:00:00Z'), quiet, 'Europe/Paris').toISOString()).toBe('2026-12-07T12:00:00.000Z');
  expect(nextDigestAt(new Date('2026-12-07T12:00:00Z'), 8, null, 'America/New_York').toISOString()).toBe('2026-12-07T13:00:00.000Z');
  expect(nextDigestAt(new Date('2026-12-07T12:00:00Z'), 8, { start: '22:00', end: '09:30' }, 'UTC').toISOString()).toBe('2026-12-08T09:30:00.000Z');
});

test('a DST change moves the next local time by the jump', () => {
  // Paris goes from UTC+1 to UTC+2 on 2027-03-28 at 02:00.
  expect(nextLocalTime(new Date('2027-03-27T12:00:00Z'), '08:00', 'Europe/Paris').toISOString()).toBe('2027-03-28T06:00:00.000Z');
  expect(isTimeZone('Europe/Paris')).toBe(true);
  expect(isTimeZone('Mars/Olympus')).toBe(false);
});
