import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { schema } from '@kruosar/db';
import { TEST_NOW, makeUser } from '../testing';
import { ROTTANAK, intake, registerQuietly, seedTeam, staffCaller } from './case-fixtures';

describe('case notes', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const { caseId } = registerQuietly(db, team.caseworker, intake());
  // Another supervisor of the same commune is on the case team too; an admin is not (by role).
  const secondSupervisor = makeUser(db, 'supervisor', [ROTTANAK]);

  it('keeps a sensitive note for the case team: others see that it exists, not what it says', async () => {
    const author = staffCaller(db, team.caseworker);
    await author.caseNotes.create({ caseId, kind: 'visit', happenedOn: '2026-11-20', contactWith: 'Grandmother', text: 'Child disclosed abuse by an uncle', sensitive: true });
    await author.caseNotes.create({ caseId, kind: 'phone', happenedOn: '2026-11-21', text: 'Called the school about attendance' });

    const teamView = await staffCaller(db, secondSupervisor).caseNotes.list({ caseId });
    expect(teamView.total).toBe(2);
    expect(teamView.items.map((n) => [n.kind, n.text, n.withheld])).toEqual([
      ['phone', 'Called the school about attendance', false],
      ['visit', 'Child disclosed abuse by an uncle', false],
    ]);
    expect(teamView.items[1]).toMatchObject({ authorName: team.caseworker.displayName, contactWith: 'Grandmother', sensitive: true });

    const adminView = await staffCaller(db, team.admin).caseNotes.list({ caseId });
    expect(adminView.items.map((n) => [n.kind, n.text, n.contactWith, n.withheld])).toEqual([
      ['phone', 'Called the school about attendance', '', false],
      ['visit', null, null, true],
    ]);
  });

  it('never lets analysts read notes, and answers NOT_FOUND outside the scope', async () => {
    await expect(staffCaller(db, team.analyst).caseNotes.list({ caseId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(staffCaller(db, team.colleague).caseNotes.list({ caseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(staffCaller(db, team.otherSupervisor).caseNotes.create({ caseId, kind: 'office', happenedOn: '2026-11-20', text: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('names the field of a bad note, refuses a date after today, and audits without the text', async () => {
    const caller = staffCaller(db, team.caseworker, TEST_NOW);
    const error = await caller.caseNotes.create({ caseId, kind: 'sms', happenedOn: '2026-11-20', text: '' } as never).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
    const issues = (error as { cause: { issues: { path: string[]; message: string }[] } }).cause.issues;
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['kind', expect.stringMatching(/^Note kind: choose one of/)],
      ['text', 'Note text is required'],
    ]);
    await expect(caller.caseNotes.create({ caseId, kind: 'office', happenedOn: '2026-11-23', text: 'Tomorrow' })).rejects.toMatchObject({
      cause: expect.objectContaining({ messageKey: 'errors.dateInFuture', field: 'happenedOn' }),
    });
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.caseId === caseId && a.action.startsWith('case_note.'));
    expect(audit.map((a) => a.action)).toEqual(['case_note.create', 'case_note.create', 'case_note.list', 'case_note.list']);
    expect(audit.some((a) => a.detail.includes('abuse'))).toBe(false);
  });
});
