import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { CaseListInput } from '@kruosar/domain';
import { appendAudit } from '@kruosar/db';
import { TEST_NOW } from '../testing';
import { OU_MAL, ROTTANAK, TA_PUNG, intake, names, registerQuietly, seedTeam, staffCaller, villageIn } from './case-fixtures';

const list = (input: Record<string, unknown> = {}) => CaseListInput.parse(input);

describe('cases: scope, case page, timeline and edits', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const registeredAt = new Date('2026-11-20T08:00:00.000Z');
  // Two cases of the caseworker (Rottanak, Ou Mal), one of the colleague (Rottanak), one rural (Ta Pung).
  const mine = registerQuietly(db, team.caseworker, intake({ riskLevel: 'high' }), registeredAt);
  const mineOuMal = registerQuietly(db, team.caseworker, intake({ names: names.bopha, villageCode: villageIn[OU_MAL], sex: 'female', riskLevel: 'low' }), registeredAt);
  const colleagues = registerQuietly(db, team.colleague, intake({ names: names.vichet }), registeredAt);
  const rural = registerQuietly(db, team.ruralCaseworker, intake({ names: names.thida, villageCode: villageIn[TA_PUNG], sex: 'female' }), registeredAt);
  const ids = (page: { items: { id: string }[] }) => page.items.map((c) => c.id).sort();

  describe('caseload scope per role', () => {
    it('shows a caseworker only their own cases', async () => {
      const page = await staffCaller(db, team.caseworker).cases.list(list());
      expect(ids(page)).toEqual([mine.caseId, mineOuMal.caseId].sort());
      expect(page.total).toBe(2);
    });
    it("shows a supervisor every case in their communes, and one caseworker's with the team filter", async () => {
      const caller = staffCaller(db, team.supervisor);
      expect(ids(await caller.cases.list(list()))).toEqual([mine.caseId, mineOuMal.caseId, colleagues.caseId].sort());
      const teamView = await caller.cases.list({ ...list(), assignedToId: team.colleague.id });
      expect(teamView).toMatchObject({ total: 1, items: [{ id: colleagues.caseId }] });
      expect((await caller.cases.list({ ...list(), assignedToId: team.ruralCaseworker.id })).total).toBe(0);
      expect(ids(await staffCaller(db, team.otherSupervisor).cases.list(list()))).toEqual([rural.caseId]);
    });
    it('gives analysts every case but no names, and no name search', async () => {
      const page = await staffCaller(db, team.analyst).cases.list(list());
      expect(page.total).toBe(4);
      expect(page.items.every((c) => c.childName === null && c.childNameKm === null)).toBe(true);
      await expect(staffCaller(db, team.analyst).cases.list(list({ search: 'dara' }))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(ids(await staffCaller(db, team.analyst).cases.list(list({ search: rural.reference })))).toEqual([rural.caseId]);
    });
    it('searches Latin and Khmer partial names, and counts match the filters', async () => {
      const caller = staffCaller(db, team.supervisor);
      expect(ids(await caller.cases.list(list({ search: 'ARA' })))).toEqual([mine.caseId]);
      expect(ids(await caller.cases.list(list({ search: 'ប្ផា' })))).toEqual([mineOuMal.caseId]);
      expect(ids(await caller.cases.list(list({ search: 'thida' })))).toEqual([]);
      // A reference, or its number typed in Khmer digits.
      const number = mineOuMal.reference.slice(-6);
      expect(ids(await caller.cases.list(list({ search: number })))).toEqual([mineOuMal.caseId]);
      const khmerDigits = number.replace(/\d/g, (d) => '០១២៣៤៥៦៧៨៩'[Number(d)]!);
      expect(ids(await caller.cases.list(list({ search: khmerDigits })))).toEqual([mineOuMal.caseId]);
      const high = await caller.cases.list(list({ riskLevel: 'high', communeCode: ROTTANAK }));
      expect(high).toMatchObject({ total: 1, items: [{ id: mine.caseId }] });
      const overdue = await caller.cases.list(list({ overdueOnly: true }));
      expect(overdue).toMatchObject({ total: 1, items: [{ id: mine.caseId, pastFirstContactTarget: true }] });
      const byName = await caller.cases.list(list({ sort: 'childName', direction: 'asc' }));
      expect(byName.items.map((c) => c.childName)).toEqual(['Keo Bopha', 'Lim Vichet', 'Sok Dara']);
      const byNameDesc = await caller.cases.list(list({ sort: 'childName', direction: 'desc', pageSize: 1, page: 2 }));
      expect(byNameDesc).toMatchObject({ total: 3, items: [{ childName: 'Lim Vichet' }] });
      const paged = await caller.cases.list(list({ pageSize: 2, page: 2 }));
      expect(paged).toMatchObject({ total: 3, page: 2 });
      expect(paged.items).toHaveLength(1);
    });
  });

  describe('case page', () => {
    it('shows the case, child and household to the case team and audits the read', async () => {
      const detail = await staffCaller(db, team.caseworker).cases.byId({ caseId: mine.caseId });
      expect(detail.case).toMatchObject({
        reference: mine.reference, status: 'open', stage: 'registered', riskLevel: 'high', protectionConcerns: ['neglect'], source: 'intake',
        communeName: 'Rottanak', villageCode: villageIn[ROTTANAK], assignedTo: { id: team.caseworker.id }, registeredBy: { id: team.caseworker.id },
        firstContactDueAt: '2026-11-21T08:00:00.000Z', pastFirstContactTarget: true, version: 0,
      });
      expect(detail.child).toMatchObject({ givenNameLatin: 'Dara', familyNameKm: 'សុខ', version: 0 });
      expect(detail.household.members.map((m) => m.relationship)).toEqual(['mother', 'sibling']);
      const timeline = await staffCaller(db, team.caseworker).cases.timeline({ caseId: mine.caseId, includeReads: true });
      expect(timeline.items[0]).toMatchObject({ action: 'case.view', messageKey: 'timeline.case.view', actorName: team.caseworker.displayName });
    });
    it('answers NOT_FOUND outside scope, and refuses analysts altogether', async () => {
      await expect(staffCaller(db, team.caseworker).cases.byId({ caseId: colleagues.caseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(staffCaller(db, team.otherSupervisor).cases.byId({ caseId: mine.caseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(staffCaller(db, team.analyst).cases.byId({ caseId: mine.caseId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(staffCaller(db, team.caseworker).cases.timeline({ caseId: colleagues.caseId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('edits with optimistic concurrency', () => {
    it('refuses the second save from a stale version and keeps the first', async () => {
      const first = staffCaller(db, team.caseworker);
      const second = staffCaller(db, team.supervisor);
      const saved = await first.cases.update({ caseId: mineOuMal.caseId, version: 0, riskLevel: 'high', summary: 'Mother lost her job.' });
      expect(saved.version).toBe(1);
      const error = await second.cases.update({ caseId: mineOuMal.caseId, version: 0, summary: 'Overwrite' }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/changed by someone else since you opened it/) });
      const detail = await second.cases.byId({ caseId: mineOuMal.caseId });
      expect(detail.case).toMatchObject({ summary: 'Mother lost her job.', riskLevel: 'high', version: 1 });
    });
    it('moves the first-contact target with a re-rated risk, until contact is made', async () => {
      const caller = staffCaller(db, team.supervisor);
      await caller.cases.update({ caseId: colleagues.caseId, version: 0, riskLevel: 'low' });
      expect((await caller.cases.byId({ caseId: colleagues.caseId })).case.firstContactDueAt).toBe('2026-11-27T08:00:00.000Z');
    });
    it('records the first contact once, not in the future, and refuses a stale version', async () => {
      const caller = staffCaller(db, team.caseworker);
      await expect(caller.cases.recordFirstContact({ caseId: mine.caseId, version: 0, at: '2026-11-22T08:00:00.000Z' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
      const saved = await caller.cases.recordFirstContact({ caseId: mine.caseId, version: 0, at: '2026-11-21T07:30:00.000Z' });
      expect(saved.version).toBe(1);
      await expect(staffCaller(db, team.supervisor).cases.recordFirstContact({ caseId: mine.caseId, version: 0, at: '2026-11-21T08:30:00.000Z' })).rejects.toMatchObject({ code: 'CONFLICT' });
      await expect(caller.cases.recordFirstContact({ caseId: mine.caseId, version: 1, at: '2026-11-21T08:30:00.000Z' })).rejects.toMatchObject({
        cause: expect.objectContaining({ messageKey: 'errors.firstContactRecorded' }),
      });
      const detail = await caller.cases.byId({ caseId: mine.caseId });
      expect(detail.case).toMatchObject({ firstContactAt: '2026-11-21T07:30:00.000Z', pastFirstContactTarget: false });
    });
    it('takes a first contact typed in the minute of registration as at registration, never before', async () => {
      const registeredAt = '2026-11-21T06:15:42.500Z';
      const atIntake = registerQuietly(db, team.caseworker, intake({ names: names.thida, duplicatesReviewed: true }), new Date(registeredAt));
      const caller = staffCaller(db, team.caseworker);
      await expect(caller.cases.recordFirstContact({ caseId: atIntake.caseId, version: 0, at: '2026-11-21T06:14:00.000Z' })).rejects.toMatchObject({
        cause: expect.objectContaining({ messageKey: 'errors.firstContactBeforeRegistration' }),
      });
      await caller.cases.recordFirstContact({ caseId: atIntake.caseId, version: 0, at: '2026-11-21T06:15:00.000Z' });
      expect((await caller.cases.byId({ caseId: atIntake.caseId })).case.firstContactAt).toBe(registeredAt);
    });
    it('keeps the changes on the timeline, newest first, with who did them and without reads', async () => {
      // Reads written by other parts of the workflow, named by the read verbs the timeline leaves out.
      for (const action of ['case.workflow_read', 'case_plan.starting_point', 'follow_up.due_list', 'assessment.read'])
        appendAudit(db, { actorId: team.supervisor.id, portal: 'staff', action, entity: 'case', caseId: mineOuMal.caseId }, new Date(TEST_NOW));
      const timeline = await staffCaller(db, team.supervisor).cases.timeline({ caseId: mineOuMal.caseId });
      expect(timeline.items.map((e) => [e.action, e.actorName])).toEqual([
        ['case.update', team.caseworker.displayName],
        ['case.register', team.caseworker.displayName],
      ]);
      expect(timeline.items[0]!.detail).toMatchObject({ riskFrom: 'low', riskTo: 'high', summaryChanged: true });
      expect(timeline.total).toBe(2);
      const withReads = await staffCaller(db, team.supervisor).cases.timeline({ caseId: mineOuMal.caseId, includeReads: true });
      expect(withReads.items.slice(0, 4).map((e) => e.action)).toEqual(['assessment.read', 'follow_up.due_list', 'case_plan.starting_point', 'case.workflow_read']);
    });
  });
});
