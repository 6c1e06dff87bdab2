// Who may read a case note's text. Case scope (may this person see the case at all) is applied before this.
import type { Role } from '../roles';
import type { CaseNote, CaseNoteView } from './schemas';

export type NoteViewer = { id: string; role: Role; communeCodes: readonly string[] };
/** The people around one case: its caseworker and its commune (whose supervisors are on the team). */
export type CaseTeam = { assignedCaseworkerId: string | null; communeCode: string };

/** The assigned caseworker, a supervisor of the case's commune, or the author. Admins are not on it by role. */
export function isOnCaseTeam(viewer: NoteViewer, team: CaseTeam, authorId: string): boolean {
  if (viewer.id === authorId) return true;
  if (viewer.role === 'caseworker' && viewer.id === team.assignedCaseworkerId) return true;
  return viewer.role === 'supervisor' && viewer.communeCodes.includes(team.communeCode);
}

/**
 * Analysts never see note text (they work de-identified); a sensitive note is for the case team only;
 * other notes are for staff who may see the case.
 */
export function mayReadNote(note: Pick<CaseNote, 'authorId' | 'sensitive'>, viewer: NoteViewer, team: CaseTeam): boolean {
  if (viewer.role !== 'admin' && viewer.role !== 'supervisor' && viewer.role !== 'caseworker') return false;
  if (!note.sensitive) return true;
  return isOnCaseTeam(viewer, team, note.authorId);
}

/** The note as this viewer may see it: a withheld note still shows on the timeline (kind, date, author). */
export function noteForViewer(note: CaseNote, viewer: NoteViewer, team: CaseTeam): CaseNoteView {
  return mayReadNote(note, viewer, team)
    ? { ...note, withheld: false }
    : { ...note, text: null, contactWith: null, withheld: true };
}
