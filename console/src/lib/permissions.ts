import type { Me, Permission } from "../types";

/**
 * Fallback when /v1/me carries no `permissions`: the API's role matrix
 * (api/src/modules/staff/permissions.ts). The API stays the authority: it answers 403 anyway.
 */
const ROLE_MATRIX: Record<Permission, readonly string[]> = {
  "orders.read": ["admin", "moderator", "arbitrator", "analyst"],
  "fraud_cases.read": ["admin", "moderator", "analyst"],
  "fraud_cases.decide": ["admin", "moderator"],
  "metrics.read": ["admin", "moderator", "arbitrator", "analyst"],
};

export function permissionsOf(me: Pick<Me, "roles" | "permissions">): Permission[] {
  if (Array.isArray(me.permissions)) return me.permissions;
  return (Object.keys(ROLE_MATRIX) as Permission[]).filter((p) => me.roles.some((r) => ROLE_MATRIX[p].includes(r)));
}

/** Pages in landing order: a user lands on the first one their permissions allow. */
export const LANDING_ORDER: { path: string; permission: Permission }[] = [
  { path: "/fraud-cases", permission: "fraud_cases.read" },
  { path: "/orders", permission: "orders.read" },
  { path: "/sales", permission: "metrics.read" },
];

export function landingPath(granted: readonly Permission[] | undefined): string {
  return LANDING_ORDER.find((p) => granted?.includes(p.permission))?.path ?? "/fraud-cases";
}
