import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import utc from 'dayjs/plugin/utc';

dayjs.extend(relativeTime);
dayjs.extend(utc);

export { dayjs };

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.format('YYYY-MM-DD HH:mm') : iso;
}

/** "3 hours ago" */
export function formatAge(iso: string | null | undefined, now: dayjs.Dayjs = dayjs()): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.from(now) : iso;
}

export function shortId(id: string | null | undefined): string {
  if (!id) return '—';
  return id.length > 8 ? id.slice(0, 8) : id;
}
