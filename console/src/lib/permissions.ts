import type { Permission } from '../types';

/** Pages in landing order: a user lands on the first one their permissions allow. */
export const LANDING_ORDER: { path: string; permission: Permission }[] = [
  { path: '/fraud-cases', permission: 'fraud_cases.read' },
  { path: '/disputes', permission: 'disputes.read' },
  { path: '/orders', permission: 'orders.read' },
  { path: '/sales', permission: 'metrics.read' },
];

export function landingPath(granted: readonly Permission[] | undefined): string {
  return LANDING_ORDER.find((p) => granted?.includes(p.permission))?.path ?? '/fraud-cases';
}
