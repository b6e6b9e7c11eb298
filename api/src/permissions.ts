// The permission matrix, in one place: every staff route names one permission, never a role.
export const STAFF_ROLES = ['admin', 'moderator', 'arbitrator', 'analyst'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

const MATRIX = {
  'orders.read': ['admin', 'moderator', 'arbitrator', 'analyst'],
  'fraud_cases.read': ['admin', 'moderator', 'analyst'],
  'fraud_cases.decide': ['admin', 'moderator'],
  'reports.read': ['admin', 'moderator'],
  'reports.decide': ['admin', 'moderator'],
  'users.read': ['admin', 'moderator', 'arbitrator'],
  'users.moderate': ['admin', 'moderator'],
  'identity.review': ['admin', 'moderator'],
  'listings.moderate': ['admin', 'moderator'],
  'reviews.moderate': ['admin', 'moderator'],
  'disputes.read': ['admin', 'arbitrator', 'moderator'],
  'disputes.resolve': ['admin', 'arbitrator'],
  'audit.read': ['admin'],
  'metrics.read': ['admin', 'moderator', 'arbitrator', 'analyst'],
  // Every staff member may see their own permissions (the console hides what they may not do).
  'staff.self': ['admin', 'moderator', 'arbitrator', 'analyst'],
  'staff.manage_roles': ['admin'],
  // Business analytics, not needed to moderate or arbitrate.
  'dashboards.read': ['admin', 'analyst'],
  'analytics.query': ['admin', 'analyst'],
  'models.read': ['admin', 'analyst'],
  'models.manage': ['admin'],
  // Dead-lettered events: their payloads can hold personal data.
  'events.read': ['admin'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof MATRIX;
export const PERMISSIONS = Object.keys(MATRIX) as Permission[];

export function hasPermission(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = MATRIX[permission];
  return roles.some((role) => allowed.includes(role));
}

export function isStaff(roles: readonly string[]): boolean {
  return roles.some((role) => (STAFF_ROLES as readonly string[]).includes(role));
}

export function permissionsOf(roles: readonly string[]): Permission[] {
  return PERMISSIONS.filter((p) => hasPermission(roles, p));
}
