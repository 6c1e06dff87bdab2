// Demo committees: a children's committee at a school and a parents' committee in the first demo commune, each
// with synthetic members (the children with their guardians' consent), a meeting, and issues at every step.
import { addDays, cambodiaToday } from '@kruosar/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { committeeAttendance, committeeIssues, committeeMeetings, committeeMembers, committees } from '../schema/index';
import { demoCommuneCodes } from './battambang';
import { fullName } from './demo-names';
import { createRandom } from './random';

const COMMITTEES_SEED = 1516;

/** The demo committees once: a database that has committees already is left as it is. Returns the issues made. */
export function seedDemoCommittees(db: Db, params: { now: Date; userIds: Map<string, string> }): number {
  return inTransaction(db, (tx) => {
    if ((tx.get<{ n: number }>(sql`select count(*) as n from committees`)?.n ?? 0) > 0) return 0;
    const random = createRandom(COMMITTEES_SEED);
    const at = params.now.toISOString();
    const today = cambodiaToday(params.now);
    const supervisor = params.userIds.get('supervisor')!;
    const caseworker = params.userIds.get('caseworker')!;
    const communeCode = demoCommuneCodes[0];

    const children = { id: random.uuid(), kind: 'children', name: "Children's committee (demo)", place: 'Rottanak primary school (demo)' };
    const parents = { id: random.uuid(), kind: 'parents', name: "Parents' committee (demo)", place: '' };
    tx.insert(committees).values([children, parents].map((c) => ({ ...c, communeCode, createdById: supervisor, createdAt: at, updatedAt: at }))).run();

    const consentOn = addDays(today, -60);
    const childMembers = Array.from({ length: 6 }, (_, i) => {
      const sex = i % 2 === 0 ? 'female' : 'male';
      const child = fullName(random, sex);
      const guardian = fullName(random, 'female');
      return {
        id: random.uuid(), committeeId: children.id, name: child.latin, role: i === 0 ? 'Chair' : i === 1 ? 'Secretary' : '', isChild: true,
        birthYear: Number(today.slice(0, 4)) - random.int(10, 16), guardianName: guardian.latin, consentOn, createdAt: at, updatedAt: at,
      };
    });
    const parentMembers = Array.from({ length: 4 }, (_, i) => {
      const adult = fullName(random, i % 2 === 0 ? 'female' : 'male');
      return { id: random.uuid(), committeeId: parents.id, name: adult.latin, role: i === 0 ? 'Chair' : '', isChild: false, birthYear: null, guardianName: '', consentOn: null, createdAt: at, updatedAt: at };
    });
    tx.insert(committeeMembers).values([...childMembers, ...parentMembers]).run();

    const childrenMeeting = { id: random.uuid(), committeeId: children.id, heldOn: addDays(today, -14), place: 'School library (demo)' };
    const parentsMeeting = { id: random.uuid(), committeeId: parents.id, heldOn: addDays(today, -10), place: 'Commune hall (demo)' };
    tx.insert(committeeMeetings).values([childrenMeeting, parentsMeeting].map((m) => ({ ...m, createdById: caseworker, createdAt: at, updatedAt: at }))).run();
    tx.insert(committeeAttendance)
      .values([...childMembers.slice(0, 5).map((m) => ({ meetingId: childrenMeeting.id, memberId: m.id })), ...parentMembers.slice(0, 3).map((m) => ({ meetingId: parentsMeeting.id, memberId: m.id }))])
      .run();

    const issue = (meeting: { id: string; committeeId: string; heldOn: string }, text: string, language: 'km' | 'en', step: Partial<typeof committeeIssues.$inferInsert>) => ({
      id: random.uuid(), committeeId: meeting.committeeId, meetingId: meeting.id, raisedOn: meeting.heldOn, text, language, status: 'raised', createdAt: at, updatedAt: at, ...step,
    });
    const answeredOn = addDays(today, -7);
    const issues = [
      issue(childrenMeeting, 'ផ្លូវទៅសាលារៀនងងឹតណាស់ពេលយើងដើរទៅផ្ទះវិញ (demo)', 'km', {}),
      issue(childrenMeeting, 'We have no clean water to drink at school (demo)', 'en', { status: 'answered', answer: 'We asked the commune council to fix the school water filter (demo)', answeredOn, answeredById: supervisor, version: 1 }),
      issue(childrenMeeting, 'យើងចង់បានបាល់ទាត់សម្រាប់ពេលសម្រាក (demo)', 'km', {
        status: 'done', answer: 'Yes, the centre will give one (demo)', action: 'Two footballs were given to the school (demo)', answeredOn, closedOn: addDays(today, -3), answeredById: caseworker, version: 2,
      }),
      issue(parentsMeeting, 'Parents want a meeting about safe migration for work (demo)', 'en', {}),
    ];
    tx.insert(committeeIssues).values(issues).run();
    return issues.length;
  });
}
