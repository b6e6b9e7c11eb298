// Local wall-clock arithmetic in an IANA time zone, with Intl only (no tz database of our own).

export interface QuietHours {
  start: string;
  end: string;
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const toMinutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes since local midnight of `at` in `timeZone`. */
export function localMinutes(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return get('hour') * 60 + get('minute');
}

export function inQuietHours(at: Date, quiet: QuietHours | null, timeZone: string): boolean {
  if (!quiet) return false;
  const [m, start, end] = [localMinutes(at, timeZone), toMinutes(quiet.start), toMinutes(quiet.end)];
  return start <= end ? m >= start && m < end : m >= start || m < end;
}

/** The first instant after `after` whose local time in `timeZone` is `hhmm` (a DST jump moves it by the jump). */
export function nextLocalTime(after: Date, hhmm: string, timeZone: string): Date {
  const minute = Math.floor(after.getTime() / 60_000) * 60_000;
  const delta = (toMinutes(hhmm) - localMinutes(after, timeZone) + 1440) % 1440;
  let candidate = minute + delta * 60_000;
  if (candidate <= after.getTime()) candidate += 1440 * 60_000;
  // Across a DST change the offset differs at the candidate: correct by the difference, once.
  const drift = ((toMinutes(hhmm) - localMinutes(new Date(candidate), timeZone) + 720 + 1440) % 1440) - 720;
  return new Date(candidate + drift * 60_000);
}

/** When something held by quiet hours may go: now, or when they end. */
export function afterQuietHours(now: Date, quiet: QuietHours | null, timeZone: string): Date {
  return quiet && inQuietHours(now, quiet, timeZone) ? nextLocalTime(now, quiet.end, timeZone) : now;
}

/** When the daily digest goes: the next local `hour`:00, pushed past quiet hours if it falls in them. */
export function nextDigestAt(now: Date, hour: number, quiet: QuietHours | null, timeZone: string): Date {
  const at = nextLocalTime(now, `${String(hour).padStart(2, '0')}:00`, timeZone);
  return afterQuietHours(at, quiet, timeZone);
}
