import type { AccessControlProvider } from '@refinedev/core';
import type { Permission } from '../types';
import { fetchMe } from './auth-provider';

/** Refine resource + action → API permission. `decide` (fraud cases) and `moderate` (users) are our own actions. */
const NEEDS: Record<string, Partial<Record<string, Permission>>> = {
  'fraud-cases': { list: 'fraud_cases.read', show: 'fraud_cases.read', decide: 'fraud_cases.decide' },
  orders: { list: 'orders.read', show: 'orders.read' },
  disputes: { list: 'disputes.read', show: 'disputes.read', resolve: 'disputes.resolve' },
  sales: { list: 'metrics.read' },
  reviews: { list: 'reviews.moderate', decide: 'reviews.moderate' },
  users: { list: 'users.read', show: 'users.read', moderate: 'users.moderate' },
  audit: { list: 'audit.read' },
  listings: { list: 'listings.moderate', decide: 'listings.moderate' },
  reports: { list: 'reports.read', decide: 'reports.decide' },
  conversations: { list: 'reports.read', show: 'reports.read', decide: 'reports.decide' },
  'identity-documents': { list: 'identity.review', decide: 'identity.review' },
  dashboards: { list: 'dashboards.read' },
  'analytics-sql': { list: 'analytics.query' },
  models: { list: 'models.read', manage: 'models.manage' },
};

/** Hides menu entries and disables actions the signed-in role may not use (the API still enforces). */
export const accessControlProvider: AccessControlProvider = {
  can: async ({ resource, action }) => {
    const needed = resource ? NEEDS[resource]?.[action] : undefined;
    if (!needed) return { can: true };
    try {
      const granted = (await fetchMe()).permissions;
      return granted.includes(needed) ? { can: true } : { can: false, reason: 'Your staff role does not allow this.' };
    } catch {
      // Signed out or API down: let the page load and the API decide (401 → login).
      return { can: true };
    }
  },
};
