import { deviceOf, networkOf } from './network';

/** Where a security event came from, as the user's history and alert show it: the device and network, never the address. */
export function eventOrigin(origin: { ip: string; userAgent?: string }): { network: string | null; userAgent: string | null } {
  return { network: networkOf(origin.ip), userAgent: deviceOf(origin.userAgent) };
}
