// Hive management in the staff portal: who may read and write, versions, and the independence index history.
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import { independenceIndex } from '@kruosar/domain';
import { makeUser } from '../testing';
import { HOME, OTHER, failureOf, hiveCaller, needInput, seedGeography, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
const { homeVillages } = seedGeography(db);
const supervisor = makeUser(db, 'supervisor', [HOME]);
const otherSupervisor = makeUser(db, 'supervisor', [OTHER]);
const caseworker = makeUser(db, 'caseworker', [HOME]);
const outsider = makeUser(db, 'caseworker', [OTHER]);
const analyst = makeUser(db, 'analyst');
const admin = makeUser(db, 'admin');
const volunteerAccount = makeUser(db, 'hive_volunteer', [HOME]);
const otherAccount = makeUser(db, 'hive_volunteer', [OTHER]);

const judgement = { committeeFormed: false, volunteersTarget: 4, budgetLineAdopted: false, referralPathwayMapped: false };
const core = (completedOn: string) => [
  { topic: 'child_protection_basics' as const, completedOn },
  { topic: 'safeguarding_code_of_conduct' as const, completedOn },
  { topic: 'need_reporting' as const, completedOn },
];

describe('hives', () => {
  it('lets a supervisor start a hive only in their own, known commune, and only once', async () => {
    expect(await failureOf(staffCaller(db, otherSupervisor).hives.create({ communeCode: HOME, ...judgement }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.communeOutsideScope', field: 'communeCode' });
    expect(await failureOf(staffCaller(db, admin).hives.create({ communeCode: '029999', ...judgement }))).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.unknownCommune', field: 'communeCode' });
    const created = await staffCaller(db, supervisor, '2026-01-10T03:00:00.000Z').hives.create({ communeCode: HOME, ...judgement });
    expect(created).toMatchObject({ communeCode: HOME, version: 0, point: { date: '2026-01-10', index: 0 } });
    expect(await failureOf(staffCaller(db, admin).hives.create({ communeCode: HOME, ...judgement }))).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.hiveExists' });
  });

  it('keeps committee members with versions: update, archive and restore from the version seen', async () => {
    const staff = staffCaller(db, supervisor);
    const saved = await staff.hiveCommittee.create({ communeCode: HOME, name: 'Keo Sophea', committeeRole: 'chair', phone: '០១២ ៣៤៥ ៦៧៨' });
    expect(saved.version).toBe(0);
    // An update replaces the whole record, so it carries every field (the phone too).
    const updated = await staff.hiveCommittee.update({ id: saved.id, version: 0, name: 'Keo Sophea', committeeRole: 'secretary', phone: '012 345 678' });
    expect(updated.version).toBe(1);
    expect(await failureOf(staff.hiveCommittee.update({ id: saved.id, version: 0, name: 'Overwrite', committeeRole: 'member' }))).toMatchObject({ code: 'CONFLICT' });
    const archived = await staff.hiveCommittee.archive({ id: saved.id, version: 1 });
    let hive = await staff.hives.byCommune({ communeCode: HOME });
    expect(hive.committee.map((m) => m.id)).not.toContain(saved.id);
    hive = await staff.hives.byCommune({ communeCode: HOME, includeArchived: true });
    expect(hive.committee.find((m) => m.id === saved.id)).toMatchObject({ name: 'Keo Sophea', committeeRole: 'secretary', phone: '012 345 678', archivedAt: expect.any(String) });
    await staff.hiveCommittee.restore({ id: saved.id, version: archived.version });
    hive = await staff.hives.byCommune({ communeCode: HOME });
    expect(hive.committee.find((m) => m.id === saved.id)?.archivedAt).toBeNull();
    expect(await failureOf(staffCaller(db, otherSupervisor).hiveCommittee.archive({ id: saved.id, version: 3 }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps volunteers with their trainings, and links a hive account of the commune to one volunteer only', async () => {
    const staff = staffCaller(db, supervisor);
    expect(await failureOf(staff.hiveVolunteers.create({ communeCode: HOME, name: 'Sao Dara', userId: otherAccount.id }))).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.hiveVolunteerAccount', field: 'userId' });
    const linked = await staff.hiveVolunteers.create({ communeCode: HOME, name: 'Sao Dara', userId: volunteerAccount.id, trainings: core('2025-12-01') });
    expect(await failureOf(staff.hiveVolunteers.create({ communeCode: HOME, name: 'Ly Lida', userId: volunteerAccount.id }))).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.hiveVolunteerAccountTaken' });
    const future = await failureOf(staff.hiveVolunteers.create({ communeCode: HOME, name: 'Ly Lida', trainings: core('2027-01-01') }));
    expect(future).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.dateInFuture', field: 'trainings.0.completedOn' });
    const partly = await staff.hiveVolunteers.create({ communeCode: HOME, name: 'Ly Lida', trainings: core('2025-12-01').slice(0, 2) });
    const accounts = await staff.hiveVolunteers.accounts({ communeCode: HOME });
    expect(accounts).toEqual([{ id: volunteerAccount.id, username: volunteerAccount.username, displayName: volunteerAccount.displayName, linkedVolunteerId: linked.id }]);
    const hive = await staff.hives.byCommune({ communeCode: HOME });
    expect(hive.volunteers.find((v) => v.id === linked.id)).toMatchObject({ trained: true, userId: volunteerAccount.id, username: volunteerAccount.username });
    expect(hive.volunteers.find((v) => v.id === partly.id)).toMatchObject({ trained: false, userId: null });
    expect(hive.counts).toMatchObject({ volunteers: 2, volunteersTrained: 1 });
  });

  it('refuses a meeting dated after today', async () => {
    const failure = await failureOf(staffCaller(db, supervisor).hiveMeetings.create({ communeCode: HOME, heldOn: '2026-12-25', attendeesCount: 9 }));
    expect(failure).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.dateInFuture', field: 'heldOn' });
  });

  it('records milestones from the records and keeps a rising index history', async () => {
    // Two meetings in the six months before June; by November those have aged out and six newer ones count.
    const at = (iso: string) => staffCaller(db, supervisor, iso);
    for (const heldOn of ['2026-04-05', '2026-05-03']) await at('2026-06-01T03:00:00.000Z').hiveMeetings.create({ communeCode: HOME, heldOn, attendeesCount: 8, notes: 'Talked about the Sok family (demo)' });
    let hive = await at('2026-06-01T03:00:00.000Z').hives.byCommune({ communeCode: HOME });
    const june = await at('2026-06-01T03:00:00.000Z').hives.recordMilestones({ communeCode: HOME, version: hive.version, ...judgement, committeeFormed: true });
    expect(june.point.milestones).toMatchObject({ committeeFormed: true, volunteersTrained: 1, volunteersTarget: 4, meetingsHeldLast6Months: 2, shareOfNeedsResolvedLocally: 0 });
    expect(june.point.index).toBe(independenceIndex(june.point.milestones));

    // Needs decided since: one resolved in the commune, one referred away, one not actionable (not counted).
    const volunteer = hiveCaller(db, volunteerAccount);
    const staff = staffCaller(db, caseworker);
    const decisions = [
      { decision: 'resolve' as const, messageToVolunteer: 'Solved by the commune.' },
      { decision: 'refer' as const, agency: 'health_centre' as const, messageToVolunteer: 'Referred to the health centre.' },
      { decision: 'not_actionable' as const, messageToVolunteer: 'Nothing we can do.' },
    ];
    for (const decision of decisions) {
      const need = needInput(homeVillages[0]!, { reportedAt: '2026-10-01T08:00:00.000Z' });
      await volunteer.needs.submit(need);
      await staff.needs.triage({ needId: need.id, version: 0, decision });
    }
    for (const heldOn of ['2026-06-07', '2026-07-05', '2026-08-02', '2026-09-06', '2026-11-01', '2026-10-04']) await at('2026-11-20T03:00:00.000Z').hiveMeetings.create({ communeCode: HOME, heldOn, attendeesCount: 11 });

    expect(await failureOf(at('2026-11-20T03:00:00.000Z').hives.recordMilestones({ communeCode: HOME, version: 0, ...judgement }))).toMatchObject({ code: 'CONFLICT' });
    const november = await at('2026-11-20T03:00:00.000Z').hives.recordMilestones({ communeCode: HOME, version: june.version, ...judgement, committeeFormed: true, referralPathwayMapped: true });
    expect(november.point.milestones).toMatchObject({ meetingsHeldLast6Months: 6, shareOfNeedsResolvedLocally: 0.5, referralPathwayMapped: true });
    expect(november.point.index).toBeGreaterThan(june.point.index);
    // Recording again the same day corrects that day's point rather than adding a second one.
    const again = await at('2026-11-20T05:00:00.000Z').hives.recordMilestones({ communeCode: HOME, version: november.version, ...judgement, committeeFormed: true, referralPathwayMapped: true, budgetLineAdopted: true });

    hive = await at('2026-11-21T03:00:00.000Z').hives.byCommune({ communeCode: HOME });
    expect(hive.history.map((p) => [p.date, p.index])).toEqual([['2026-01-10', 0], ['2026-06-01', june.point.index], ['2026-11-20', again.point.index]]);
    expect(hive).toMatchObject({ latestIndex: again.point.index, latestRecordedOn: '2026-11-20', judgement: { budgetLineAdopted: true }, version: again.version });
    expect(hive.progress.status).toMatch(/on_track|behind/);
    expect(db.select().from(schema.hiveIndependenceHistory).all()).toHaveLength(4);

    // The volunteers' board shows the same numbers, with no names or minutes.
    const board = await volunteer.needs.board();
    expect(board.communes[0]).toMatchObject({ latestIndex: again.point.index, milestones: again.point.milestones });
    expect(board.communes[0]!.meetings.slice(0, 2)).toEqual([{ heldOn: '2026-11-01', attendeesCount: 11 }, { heldOn: '2026-10-04', attendeesCount: 11 }]);
    expect(JSON.stringify(board)).not.toMatch(/Sok family|Keo Sophea|Sao Dara/);
  });

  it('lets caseworkers read their own communes only, and analysts read every hive without names', async () => {
    expect((await staffCaller(db, caseworker).hives.list()).map((h) => h.communeCode)).toEqual([HOME]);
    expect(await staffCaller(db, outsider).hives.list()).toEqual([]);
    expect(await failureOf(staffCaller(db, outsider).hives.byCommune({ communeCode: HOME }))).toMatchObject({ code: 'NOT_FOUND' });

    const asAnalyst = await staffCaller(db, analyst).hives.byCommune({ communeCode: HOME, includeArchived: true });
    expect(asAnalyst.committee.length).toBeGreaterThan(0);
    expect(asAnalyst.committee.every((m) => m.name === null && m.phone === null)).toBe(true);
    expect(asAnalyst.volunteers.every((v) => v.name === null && v.phone === null && v.username === null)).toBe(true);
    expect(asAnalyst.meetings.every((m) => m.notes === null && m.decisions === null)).toBe(true);
    expect(JSON.stringify(asAnalyst)).not.toMatch(/Keo Sophea|Sao Dara|Sok family/);
    expect((await staffCaller(db, analyst).hives.list()).map((h) => h.communeCode)).toEqual([HOME]);

    const asCaseworker = await staffCaller(db, caseworker).hives.byCommune({ communeCode: HOME });
    expect(asCaseworker.committee.some((m) => m.name === 'Keo Sophea')).toBe(true);
  });

  it('audits every write', () => {
    const actions = new Set(db.select().from(schema.auditLog).all().map((a) => a.action));
    for (const action of ['hive.create', 'hive.milestones', 'hive_committee_member.create', 'hive_committee_member.update', 'hive_committee_member.archive', 'hive_committee_member.restore', 'hive_volunteer.create', 'hive_meeting.create']) {
      expect(actions).toContain(action);
    }
  });
});
