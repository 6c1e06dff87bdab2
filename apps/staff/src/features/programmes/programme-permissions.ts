// Who may do what with programmes: the same split as the API's policies, so screens offer only what will work.
import type { Role } from '@kruosar/domain';

/** Supervisors and administrators set up programmes and their sites. */
export const mayManageProgrammes = (role: Role) => role === 'admin' || role === 'supervisor';
/** Case staff run sessions and take attendance; analysts see counts only. */
export const mayTakeAttendance = (role: Role) => role === 'admin' || role === 'supervisor' || role === 'caseworker';
