import { describe, expect, it } from 'vitest';
import { roles } from '../roles';
import { mayReadNote, noteForViewer, type CaseTeam, type NoteViewer } from './access';
import { CaseNoteInput, type CaseNote } from './schemas';

const team: CaseTeam = { assignedCaseworkerId: 'cw1', communeCode: '020303' };
const viewer = (id: string, role: NoteViewer['role'], communeCodes = ['020303']): NoteViewer => ({ id, role, communeCodes });
const note = (sensitive: boolean, authorId = 'cw9'): CaseNote => ({
  id: 'n1', caseId: 'c1', version: 0, createdById: authorId, authorId, createdAt: '2026-02-01T00:00:00Z', updatedAt: '2026-02-01T00:00:00Z',
  kind: 'visit', happenedOn: '2026-02-01', contactWith: 'Grandmother', text: 'Disclosed abuse by uncle', sensitive,
});

describe('mayReadNote', () => {
  it('lets the case team read a sensitive note', () => {
    expect(mayReadNote(note(true), viewer('cw1', 'caseworker'), team)).toBe(true);
    expect(mayReadNote(note(true), viewer('sup1', 'supervisor'), team)).toBe(true);
    expect(mayReadNote(note(true, 'cw9'), viewer('cw9', 'caseworker'), team)).toBe(true);
  });
  it('keeps a sensitive note from everyone else, admins and other communes included', () => {
    expect(mayReadNote(note(true), viewer('cw2', 'caseworker'), team)).toBe(false);
    expect(mayReadNote(note(true), viewer('sup2', 'supervisor', ['020304']), team)).toBe(false);
    expect(mayReadNote(note(true), viewer('a1', 'admin'), team)).toBe(false);
  });
  it('never shows note text to analysts or anyone outside case staff, even as its author', () => {
    for (const role of roles.filter((r) => !['admin', 'supervisor', 'caseworker'].includes(r))) {
      expect(mayReadNote(note(false), viewer('x', role), team)).toBe(false);
      expect(mayReadNote(note(true, 'x'), viewer('x', role), team)).toBe(false);
    }
  });
  it('lets staff who see the case read an ordinary note', () => {
    expect(mayReadNote(note(false), viewer('cw2', 'caseworker'), team)).toBe(true);
    expect(mayReadNote(note(false), viewer('a1', 'admin'), team)).toBe(true);
  });
});

describe('noteForViewer', () => {
  it('withholds the text and contact but keeps the note on the timeline', () => {
    const view = noteForViewer(note(true), viewer('a1', 'admin'), team);
    expect(view).toMatchObject({ id: 'n1', kind: 'visit', text: null, contactWith: null, withheld: true });
    expect(noteForViewer(note(true), viewer('cw1', 'caseworker'), team)).toMatchObject({ text: 'Disclosed abuse by uncle', withheld: false });
  });
});

describe('CaseNoteInput', () => {
  it('requires kind, date and text, naming them', () => {
    const issues = CaseNoteInput.safeParse({ kind: 'sms', text: '' }).error?.issues ?? [];
    expect(issues.map((i) => i.message)).toEqual([
      expect.stringMatching(/^Note kind: choose one of visit, phone, office, third_party, supervision/),
      'Note date is required (yyyy-mm-dd)',
      'Note text is required',
    ]);
    expect(CaseNoteInput.parse({ kind: 'phone', happenedOn: '2026-02-01', text: 'Called the school' }).sensitive).toBe(false);
  });
});
