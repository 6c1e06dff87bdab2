// Committees on a real SQLite file: scope by commune, consent for a child member, a meeting with its issues, the
// "you said, we did" steps with a stale version refused, and a hive board that carries no member's name.
import { afterAll, describe, expect, it } from 'vitest';
import type { CurrentUser } from '@kruosar/domain';
import { createTestDatabase } from '../testing/index';
import { addCommitteeMember, answerCommitteeIssue, createCommittee, findCommittee, listCommittees, readCommitteeIssuesBoard, recordCommitteeMeeting } from './committees';
import { upsertGeoUnits } from './geography';
import { createUser } from './users';
import type { Work } from './case-workflow';

const now = new Date('2026-12-05T03:00:00Z');
const today = '2026-12-05';

describe('committees repository', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const unit = { unitKm: null, unitLatin: null, lat: null, lng: null };
  upsertGeoUnits(db, [
    { code: '02', level: 'province', parentCode: null, nameLatin: 'Battambang', nameKm: 'បាត់ដំបង', ...unit },
    { code: '0203', level: 'district', parentCode: '02', nameLatin: 'Battambang', nameKm: 'បាត់ដំបង', ...unit },
    { code: '020303', level: 'commune', parentCode: '0203', nameLatin: 'Rottanak', nameKm: 'រតនៈ', ...unit },
    { code: '020304', level: 'commune', parentCode: '0203', nameLatin: 'Chamkar Samraong', nameKm: 'ចំការសំរោង', ...unit },
  ]);
  const user = (username: string, role: CurrentUser['role'], communeCodes: string[]) => createUser(db, { username, displayName: username, role, locale: 'en', communeCodes, passwordHash: 'x' }, now);
  const work = (actor: CurrentUser): Work => ({ actor, portal: 'staff', now });
  const supervisor = work(user('sup', 'supervisor', ['020303']));
  const caseworker = work(user('cw', 'caseworker', ['020303']));
  const elsewhere = work(user('cw2', 'caseworker', ['020304']));
  const analyst = work(user('an', 'analyst', []));

  const children = createCommittee(db, supervisor, { communeCode: '020303', kind: 'children', name: "Children's committee", place: 'Rottanak primary school' });
  const parents = createCommittee(db, supervisor, { communeCode: '020303', kind: 'parents', name: "Parents' committee", place: '' });

  it('lists committees of the communes a person works in, with commune names', () => {
    expect(listCommittees(db, caseworker).map((c) => [c.name, c.communeName, c.communeNameKm])).toEqual([
      ["Children's committee", 'Rottanak', 'រតនៈ'],
      ["Parents' committee", 'Rottanak', 'រតនៈ'],
    ]);
    expect(listCommittees(db, elsewhere)).toEqual([]);
    expect(listCommittees(db, analyst)).toHaveLength(2);
    expect(() => findCommittee(db, elsewhere, children.id)).toThrow(/not found/);
    expect(() => createCommittee(db, elsewhere, { communeCode: '020303', kind: 'parents', name: 'x', place: '' })).toThrow(/commune you do not work in/);
  });

  it('adds a child only with their guardian\'s consent, an adult without', () => {
    expect(() => addCommitteeMember(db, caseworker, { committeeId: children.id, name: 'Chan Sokha', role: '', birthYear: 2013, guardianName: 'Chan Dara', consentOn: null })).toThrow(/consent/);
    const sokha = addCommitteeMember(db, caseworker, { committeeId: children.id, name: 'Chan Sokha', role: 'Chair', birthYear: 2013, guardianName: 'Chan Dara', consentOn: '2026-11-20' });
    expect(sokha).toMatchObject({ code: 'C-0001', isChild: true, consentOn: '2026-11-20' });
    expect(addCommitteeMember(db, caseworker, { committeeId: parents.id, name: 'Mao Srey', role: '', birthYear: null, guardianName: '', consentOn: null })).toMatchObject({ isChild: false, guardianName: null });
  });

  it('records a meeting with who came and two issues as said, then answers one ("you said, we did")', () => {
    const members = findCommittee(db, caseworker, children.id).members;
    const dara = addCommitteeMember(db, caseworker, { committeeId: children.id, name: 'Sok Dara', role: '', birthYear: 2012, guardianName: 'Sok Vanna', consentOn: today });
    expect(() => recordCommitteeMeeting(db, caseworker, { committeeId: children.id, heldOn: '2026-12-06', place: 'School', attendeeIds: [], issues: [] })).toThrow(/on the day or after/);
    expect(() => recordCommitteeMeeting(db, caseworker, { committeeId: children.id, heldOn: today, place: 'School', attendeeIds: ['someone-else'], issues: [] })).toThrow(/Only members/);
    const recorded = recordCommitteeMeeting(db, caseworker, {
      committeeId: children.id,
      heldOn: today,
      place: 'School library',
      attendeeIds: [members[0]!.id, dara.id],
      issues: [
        { text: 'ផ្លូវទៅសាលាងងឹតពេលយប់', language: 'km' },
        { text: 'We want a football for break time', language: 'en' },
      ],
    });
    expect(recorded.issueIds).toHaveLength(2);
    const [dark, football] = recorded.issueIds as [string, string];

    expect(() => answerCommitteeIssue(db, caseworker, { id: football, expectedVersion: 0, status: 'done', answer: '', action: 'Bought', reason: '' })).toThrow(/cannot become done/);
    const answered = answerCommitteeIssue(db, caseworker, { id: football, expectedVersion: 0, status: 'answered', answer: 'We will buy one this month', action: '', reason: '' });
    expect(answered).toMatchObject({ status: 'answered', answeredOn: today, version: 1 });
    expect(() => answerCommitteeIssue(db, caseworker, { id: football, expectedVersion: 0, status: 'done', answer: '', action: 'x', reason: '' })).toThrow(/changed by someone else/);
    expect(answerCommitteeIssue(db, caseworker, { id: football, expectedVersion: 1, status: 'done', answer: '', action: 'A football was given to the school', reason: '' })).toMatchObject({
      status: 'done',
      answer: 'We will buy one this month',
      closedOn: today,
    });
    expect(() => answerCommitteeIssue(db, elsewhere, { id: dark, expectedVersion: 0, status: 'answered', answer: 'x', action: '', reason: '' })).toThrow(/not found/);

    const page = findCommittee(db, caseworker, children.id);
    expect(page.meetings).toEqual([expect.objectContaining({ heldOn: today, place: 'School library', attended: 2, issuesRaised: 2 })]);
    expect(page.issues.find((i) => i.id === dark)).toMatchObject({ text: 'ផ្លូវទៅសាលាងងឹតពេលយប់', language: 'km', status: 'raised' });
    expect(page.committee).toMatchObject({ members: 2, meetings: 1, openIssues: 1, lastMeetingOn: today });
  });

  it('shows analysts members by code only', () => {
    const page = findCommittee(db, analyst, children.id);
    expect(page.identified).toBe(false);
    expect(page.members.map((m) => [m.code, m.name, m.guardianName])).toEqual([
      ['C-0001', null, null],
      ['C-0002', null, null],
    ]);
    expect(JSON.stringify(page)).not.toContain('Chan Sokha');
    expect(() => addCommitteeMember(db, analyst, { committeeId: parents.id, name: 'x', role: '', birthYear: null, guardianName: '', consentOn: null })).toThrow(/commune you do not work in/);
  });

  it("gives the hive board the open issues' words and counts, never a member's name", () => {
    const board = readCommitteeIssuesBoard(db, { communeCodes: ['020303'] });
    expect(board.communes).toHaveLength(1);
    const [childrensBoard, parentsBoard] = board.communes[0]!.committees;
    expect(childrensBoard).toMatchObject({ kind: 'children', openIssues: 1, issues: [{ text: 'ផ្លូវទៅសាលាងងឹតពេលយប់', status: 'raised' }] });
    expect(parentsBoard).toMatchObject({ kind: 'parents', openIssues: 0, issues: [] });
    const text = JSON.stringify(board);
    for (const name of ['Chan Sokha', 'Sok Dara', 'Chan Dara', 'Sok Vanna', 'Mao Srey']) expect(text).not.toContain(name);
    expect(readCommitteeIssuesBoard(db, { communeCodes: ['020304'] })).toEqual({ communes: [] });
    expect(readCommitteeIssuesBoard(db, { communeCodes: [] })).toEqual({ communes: [] });
  });
});
