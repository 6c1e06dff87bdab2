// Who may do what with committees in the staff portal (the server enforces the same: committees router).
import type { Role } from '@kruosar/domain';

/** Admins (any commune) and supervisors (their communes) start committees. */
export const mayStartCommittees = (role: Role) => role === 'admin' || role === 'supervisor';
/** The case team keeps members, meetings and answers; analysts read without names. */
export const mayKeepCommittees = (role: Role) => role === 'admin' || role === 'supervisor' || role === 'caseworker';
