// Who may do what with commune hives in the staff portal (the server enforces the same: hive-management router).
import type { Role } from '@kruosar/domain';

/** Everyone in the staff portal reads hives (analysts as counts, without names). */
export const mayReadHives = (role: Role) => role === 'admin' || role === 'supervisor' || role === 'caseworker' || role === 'analyst';

/** Admins (any commune) and supervisors (their communes) keep the hive records and record milestones. */
export const mayManageHives = (role: Role) => role === 'admin' || role === 'supervisor';
