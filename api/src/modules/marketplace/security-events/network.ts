import { isIPv4, isIPv6 } from 'node:net';

/**
 * Where a request came from, coarsely enough to show the user ("which network was that?") without
 * keeping their address: the IPv4 /24 or the IPv6 /48. Null for anything else.
 */
export function networkOf(ip: string): string | null {
  const v4 = ip.startsWith('::ffff:') && isIPv4(ip.slice(7)) ? ip.slice(7) : ip;
  if (isIPv4(v4)) return `${v4.split('.').slice(0, 3).join('.')}.0/24`;
  if (!isIPv6(ip)) return null;
  const groups = expandIPv6(ip);
  return `${groups
    .slice(0, 3)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/48`;
}

function expandIPv6(ip: string): string[] {
  const [head = '', tail] = ip.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  return [...left, ...Array(tail === undefined ? 0 : 8 - left.length - right.length).fill('0'), ...right];
}

/** The device as the user would recognise it, from the User-Agent header, bounded. */
export function deviceOf(userAgent: string | undefined): string | null {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped
  const ua = userAgent?.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return ua ? ua.slice(0, 200) : null;
}
