// Who uses Kruosar, through which portal (docs/DESIGN.md §3).
export const portals = ['staff', 'hive', 'supporters'] as const;
export type Portal = (typeof portals)[number];

export const staffRoles = ['admin', 'supervisor', 'caseworker', 'analyst'] as const;
export const roles = [...staffRoles, 'hive_volunteer', 'donor', 'volunteer'] as const;
export type Role = (typeof roles)[number];
export type StaffRole = (typeof staffRoles)[number];

export const portalOfRole: Record<Role, Portal> = {
  admin: 'staff',
  supervisor: 'staff',
  caseworker: 'staff',
  analyst: 'staff',
  hive_volunteer: 'hive',
  donor: 'supporters',
  volunteer: 'supporters',
};

export function isStaffRole(role: Role): role is StaffRole {
  return (staffRoles as readonly string[]).includes(role);
}

/** Roles that may see who a child is (names, dates of birth). Analysts work with de-identified data only. */
export function mayIdentifyChildren(role: Role): boolean {
  return role === 'admin' || role === 'supervisor' || role === 'caseworker';
}
