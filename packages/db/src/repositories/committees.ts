// Children's and parents' committees: committees per commune, members (a child only with consent), meetings with
// who came and the issues raised in their own words, answers ("you said, we did"); and the hive board's view of
// the open issues, which never carries a member's name.
import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import {
  DomainError,
  hiveScopeOf,
  isCommuneInHiveScope,
  issueAnswerProblem,
  meetingDateProblem,
  memberCode,
  memberProblem,
  notFound,
  openIssueStatuses,
  unknownAttendees,
  type AnswerIssueInput,
  type CommitteeInput,
  type CommitteeIssue,
  type CommitteeKind,
  type CommitteeListInput,
  type CommitteeMember,
  type CommitteeProblem,
  type CommitteeSummary,
  type CommitteeView,
  type HiveCommitteeIssues,
  type IssueLanguage,
  type IssueStatus,
  type MeetingInput,
  type MeetingRecorded,
  type MemberInput,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { committeeAttendance, committeeIssues, committeeMeetings, committeeMembers, committees } from '../schema/index';
import { appendAudit, appendReadAudit } from './audit';
import { todayIn, type Work } from './case-workflow';
import { updateVersioned } from './versioned';

/** Issues of one committee shown on the hive board, newest first. */
const BOARD_ISSUES_SHOWN = 10;

const refuse = (p: CommitteeProblem) => new DomainError('INVALID', p.messageKey, p.message, p.field);

// ---- Scope: the communes a person works in (admins and analysts all; analysts without names) ------------------

function scopeSql(w: Work): SQL | undefined {
  const scope = hiveScopeOf(w.actor);
  if (scope.communeCodes === 'all') return undefined;
  if (scope.communeCodes.length === 0) return sql`0`;
  return inArray(committees.communeCode, scope.communeCodes);
}

function assertWritable(w: Work, communeCode: string, field = 'communeCode') {
  const scope = hiveScopeOf(w.actor);
  if (!scope.identified || !isCommuneInHiveScope(scope, communeCode)) {
    throw new DomainError('FORBIDDEN', 'errors.communeOutsideScope', 'This committee is in a commune you do not work in', field);
  }
}

// ---- Committees --------------------------------------------------------------------------------------------

const summarySelect = {
  c: committees,
  communeName: sql<string>`coalesce((select g.name_latin from geo_units g where g.code = "committees"."commune_code"), "committees"."commune_code")`,
  communeNameKm: sql<string>`coalesce((select g.name_km from geo_units g where g.code = "committees"."commune_code"), "committees"."commune_code")`,
  members: sql<number>`(select count(*) from committee_members m where m.committee_id = "committees"."id" and m.archived_at is null)`,
  meetings: sql<number>`(select count(*) from committee_meetings m where m.committee_id = "committees"."id" and m.archived_at is null)`,
  openIssues: sql<number>`(select count(*) from committee_issues i where i.committee_id = "committees"."id" and i.status in ('raised', 'answered'))`,
  lastMeetingOn: sql<string | null>`(select max(m.held_on) from committee_meetings m where m.committee_id = "committees"."id" and m.archived_at is null)`,
};
type SummaryRow = { c: typeof committees.$inferSelect; communeName: string; communeNameKm: string; members: number; meetings: number; openIssues: number; lastMeetingOn: string | null };
const toSummary = (r: SummaryRow): CommitteeSummary => ({
  id: r.c.id,
  communeCode: r.c.communeCode,
  communeName: r.communeName,
  communeNameKm: r.communeNameKm,
  kind: r.c.kind as CommitteeKind,
  name: r.c.name,
  place: r.c.place,
  version: r.c.version,
  members: r.members,
  meetings: r.meetings,
  openIssues: r.openIssues,
  lastMeetingOn: r.lastMeetingOn,
});

export function listCommittees(db: Db, w: Work, input: CommitteeListInput = {}): CommitteeSummary[] {
  return db
    .select(summarySelect)
    .from(committees)
    .where(and(isNull(committees.archivedAt), scopeSql(w), input.communeCode ? eq(committees.communeCode, input.communeCode) : undefined))
    .orderBy(asc(committees.communeCode), asc(committees.kind), asc(committees.name))
    .all()
    .map(toSummary);
}

/** A committee the person may see (one outside their communes is "not found", so its existence does not leak). */
function committeeFor(db: Db, w: Work, id: string): SummaryRow {
  const row = db.select(summarySelect).from(committees).where(and(eq(committees.id, id), isNull(committees.archivedAt), scopeSql(w))).get();
  if (!row) throw notFound('Committee');
  return row;
}

export function createCommittee(db: Db, w: Work, input: CommitteeInput): CommitteeSummary {
  return inTransaction(db, (tx) => {
    assertWritable(w, input.communeCode);
    const commune = tx.get<{ code: string }>(sql`select code from geo_units where code = ${input.communeCode} and level = 'commune'`);
    if (!commune) throw new DomainError('INVALID', 'errors.unknownCommune', 'Choose a commune from the list', 'communeCode');
    const at = w.now.toISOString();
    const id = randomUUID();
    tx.insert(committees).values({ id, ...input, createdById: w.actor.id, createdAt: at, updatedAt: at }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'committee.create', entity: 'committee', entityId: id, detail: { kind: input.kind, communeCode: input.communeCode } }, w.now);
    return toSummary(committeeFor(tx, w, id));
  });
}

// ---- One committee's page -----------------------------------------------------------------------------------

export function findCommittee(db: Db, w: Work, id: string): CommitteeView {
  const summary = committeeFor(db, w, id);
  const identified = hiveScopeOf(w.actor).identified;
  const memberRows = db.select().from(committeeMembers).where(and(eq(committeeMembers.committeeId, id), isNull(committeeMembers.archivedAt))).orderBy(asc(committeeMembers.createdAt), asc(committeeMembers.id)).all();
  const members: CommitteeMember[] = memberRows.map((m, i) => ({
    id: m.id,
    code: memberCode(i + 1),
    name: identified ? m.name : null,
    role: m.role,
    isChild: m.isChild,
    birthYear: m.birthYear,
    guardianName: identified && m.isChild ? m.guardianName : null,
    consentOn: m.consentOn,
  }));
  const meetingRows = db.select().from(committeeMeetings).where(and(eq(committeeMeetings.committeeId, id), isNull(committeeMeetings.archivedAt))).orderBy(desc(committeeMeetings.heldOn), desc(committeeMeetings.createdAt)).all();
  const attendance = meetingRows.length === 0 ? [] : db.select().from(committeeAttendance).where(inArray(committeeAttendance.meetingId, meetingRows.map((m) => m.id))).all();
  const issueRows = db.select().from(committeeIssues).where(eq(committeeIssues.committeeId, id)).orderBy(desc(committeeIssues.raisedOn), asc(committeeIssues.createdAt), asc(committeeIssues.id)).all();
  const meetings = meetingRows.map((m) => {
    const attendeeIds = attendance.filter((a) => a.meetingId === m.id).map((a) => a.memberId);
    return { id: m.id, heldOn: m.heldOn, place: m.place, attended: attendeeIds.length, attendeeIds, issuesRaised: issueRows.filter((i) => i.meetingId === m.id).length };
  });
  const issues: CommitteeIssue[] = issueRows.map(toIssue);
  if (identified && memberRows.some((m) => m.isChild)) {
    appendReadAudit(db, { actorId: w.actor.id, portal: w.portal, action: 'committee.read', entity: 'committee', entityId: id, detail: { children: memberRows.filter((m) => m.isChild).length } }, w.now);
  }
  return { committee: toSummary(summary), identified, members, meetings, issues };
}

const toIssue = (i: typeof committeeIssues.$inferSelect): CommitteeIssue => ({
  id: i.id,
  meetingId: i.meetingId,
  raisedOn: i.raisedOn,
  text: i.text,
  language: i.language as IssueLanguage,
  status: i.status as IssueStatus,
  answer: i.answer,
  action: i.action,
  reason: i.reason,
  answeredOn: i.answeredOn,
  closedOn: i.closedOn,
  version: i.version,
});

export function addCommitteeMember(db: Db, w: Work, input: MemberInput): CommitteeMember {
  return inTransaction(db, (tx) => {
    const c = committeeFor(tx, w, input.committeeId).c;
    assertWritable(w, c.communeCode, 'committeeId');
    const kind = c.kind as CommitteeKind;
    const problem = memberProblem(kind, input, todayIn(w.now));
    if (problem) throw refuse(problem);
    const at = w.now.toISOString();
    const id = randomUUID();
    const isChild = kind === 'children';
    tx.insert(committeeMembers)
      .values({ id, committeeId: c.id, name: input.name, role: input.role, isChild, birthYear: isChild ? input.birthYear : null, guardianName: isChild ? input.guardianName : '', consentOn: isChild ? input.consentOn : null, createdAt: at, updatedAt: at })
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'committee.member.add', entity: 'committee_member', entityId: id, detail: { committeeId: c.id, isChild } }, w.now);
    const position = tx.get<{ n: number }>(sql`select count(*) as n from committee_members where committee_id = ${c.id} and archived_at is null`)!.n;
    return { id, code: memberCode(position), name: input.name, role: input.role, isChild, birthYear: isChild ? input.birthYear : null, guardianName: isChild ? input.guardianName : null, consentOn: isChild ? input.consentOn : null };
  });
}

/** A meeting, who came and the issues raised at it, saved together. */
export function recordCommitteeMeeting(db: Db, w: Work, input: MeetingInput): MeetingRecorded {
  return inTransaction(db, (tx) => {
    const c = committeeFor(tx, w, input.committeeId).c;
    assertWritable(w, c.communeCode, 'committeeId');
    const dateProblem = meetingDateProblem(input.heldOn, todayIn(w.now));
    if (dateProblem) throw refuse(dateProblem);
    const memberIds = tx.select({ id: committeeMembers.id }).from(committeeMembers).where(and(eq(committeeMembers.committeeId, c.id), isNull(committeeMembers.archivedAt))).all().map((m) => m.id);
    if (unknownAttendees(input.attendeeIds, memberIds).length > 0) {
      throw new DomainError('INVALID', 'errors.committeeNotMember', 'Only members of the committee can be ticked present', 'attendeeIds');
    }
    const at = w.now.toISOString();
    const meetingId = randomUUID();
    tx.insert(committeeMeetings).values({ id: meetingId, committeeId: c.id, heldOn: input.heldOn, place: input.place, createdById: w.actor.id, createdAt: at, updatedAt: at }).run();
    const attendees = [...new Set(input.attendeeIds)];
    if (attendees.length > 0) tx.insert(committeeAttendance).values(attendees.map((memberId) => ({ meetingId, memberId }))).run();
    const issueIds = input.issues.map(() => randomUUID());
    if (issueIds.length > 0) {
      tx.insert(committeeIssues)
        .values(input.issues.map((issue, i) => ({ id: issueIds[i]!, committeeId: c.id, meetingId, raisedOn: input.heldOn, text: issue.text, language: issue.language, status: 'raised', createdAt: at, updatedAt: at })))
        .run();
    }
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'committee.meeting.record', entity: 'committee_meeting', entityId: meetingId, detail: { committeeId: c.id, attended: attendees.length, issues: issueIds.length } }, w.now);
    return { meetingId, issueIds };
  });
}

/** The organisation's answer to an issue, from the version the person saw: one step along raised -> answered -> done. */
export function answerCommitteeIssue(db: Db, w: Work, input: AnswerIssueInput): CommitteeIssue {
  return inTransaction(db, (tx) => {
    const issue = tx.select().from(committeeIssues).where(eq(committeeIssues.id, input.id)).get();
    if (!issue) throw notFound('Issue');
    const c = committeeFor(tx, w, issue.committeeId).c;
    assertWritable(w, c.communeCode, 'id');
    const problem = issueAnswerProblem(issue.status as IssueStatus, input);
    if (problem) throw refuse(problem);
    const today = todayIn(w.now);
    const set: Record<string, unknown> = { status: input.status, answeredById: w.actor.id, updatedAt: w.now.toISOString() };
    if (input.status === 'answered') Object.assign(set, { answer: input.answer, answeredOn: today });
    if (input.status === 'done') Object.assign(set, { action: input.action, closedOn: today, ...(input.answer ? { answer: input.answer } : {}) });
    if (input.status === 'not_possible') Object.assign(set, { reason: input.reason, closedOn: today, ...(input.answer ? { answer: input.answer } : {}), ...(issue.answeredOn ? {} : { answeredOn: today }) });
    updateVersioned(tx, { table: committeeIssues, id: issue.id, expectedVersion: input.expectedVersion, set, what: 'Issue' });
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'committee.issue.answer', entity: 'committee_issue', entityId: issue.id, detail: { from: issue.status, to: input.status } }, w.now);
    return toIssue(tx.select().from(committeeIssues).where(eq(committeeIssues.id, issue.id)).get()!);
  });
}

// ---- The hive board -----------------------------------------------------------------------------------------

/**
 * The open issues of the committees of a volunteer's communes: counts and the words as said, with any answer.
 * Built from committees and issues only; member rows are never read here, so no name can reach the board.
 */
export function readCommitteeIssuesBoard(db: Db, params: { communeCodes: readonly string[] }): HiveCommitteeIssues {
  if (params.communeCodes.length === 0) return { communes: [] };
  const rows = db
    .select({ c: committees, communeName: summarySelect.communeName, communeNameKm: summarySelect.communeNameKm })
    .from(committees)
    .where(and(isNull(committees.archivedAt), inArray(committees.communeCode, [...params.communeCodes])))
    .orderBy(asc(committees.communeCode), asc(committees.kind), asc(committees.name))
    .all();
  const open = rows.length === 0
    ? []
    : db
        .select({ id: committeeIssues.id, committeeId: committeeIssues.committeeId, text: committeeIssues.text, language: committeeIssues.language, status: committeeIssues.status, raisedOn: committeeIssues.raisedOn, answer: committeeIssues.answer })
        .from(committeeIssues)
        .where(and(inArray(committeeIssues.committeeId, rows.map((r) => r.c.id)), inArray(committeeIssues.status, [...openIssueStatuses])))
        .orderBy(desc(committeeIssues.raisedOn), asc(committeeIssues.createdAt))
        .all();
  const communes = new Map<string, HiveCommitteeIssues['communes'][number]>();
  for (const r of rows) {
    const commune = communes.get(r.c.communeCode) ?? { communeCode: r.c.communeCode, communeName: r.communeName, communeNameKm: r.communeNameKm, committees: [] };
    communes.set(r.c.communeCode, commune);
    const issues = open.filter((i) => i.committeeId === r.c.id);
    commune.committees.push({
      id: r.c.id,
      kind: r.c.kind as CommitteeKind,
      name: r.c.name,
      openIssues: issues.length,
      issues: issues.slice(0, BOARD_ISSUES_SHOWN).map((i) => ({ id: i.id, text: i.text, language: i.language as IssueLanguage, status: i.status as 'raised' | 'answered', raisedOn: i.raisedOn, answer: i.answer })),
    });
  }
  return { communes: [...communes.values()] };
}
