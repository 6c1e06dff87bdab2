// Children's and parents' committees: staff keep them (members, meetings, issues and answers) for their communes,
// analysts read them without names; hive volunteers see their communes' open issues on the board, never names.
import { z } from 'zod';
import {
  AnswerIssueInput,
  CommitteeInput,
  CommitteeIssue,
  CommitteeListInput,
  CommitteeMember,
  CommitteeSummary,
  CommitteeView,
  HiveCommitteeIssues,
  MeetingInput,
  MeetingRecorded,
  MemberInput,
} from '@kruosar/domain';
import { addCommitteeMember, answerCommitteeIssue, createCommittee, findCommittee, listCommittees, readCommitteeIssuesBoard, recordCommitteeMeeting } from '@kruosar/db';
import type { Role } from '@kruosar/domain';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, RecordRef, workOf } from './case-work';

const STAFF: Role[] = ['admin', 'supervisor', 'caseworker', 'analyst'];

export const committeesRouter = router({
  list: procedureFor(...STAFF)
    .input(CommitteeListInput)
    .output(z.array(CommitteeSummary))
    .query(({ ctx, input }) => listCommittees(ctx.db, workOf(ctx), input)),
  byId: procedureFor(...STAFF)
    .input(RecordRef)
    .output(CommitteeView)
    .query(({ ctx, input }) => findCommittee(ctx.db, workOf(ctx), input.id)),
  create: procedureFor(...APPROVERS)
    .input(CommitteeInput)
    .output(CommitteeSummary)
    .mutation(({ ctx, input }) => createCommittee(ctx.db, workOf(ctx), input)),
  addMember: procedureFor(...CASE_STAFF)
    .input(MemberInput)
    .output(CommitteeMember)
    .mutation(({ ctx, input }) => addCommitteeMember(ctx.db, workOf(ctx), input)),
  recordMeeting: procedureFor(...CASE_STAFF)
    .input(MeetingInput)
    .output(MeetingRecorded)
    .mutation(({ ctx, input }) => recordCommitteeMeeting(ctx.db, workOf(ctx), input)),
  answerIssue: procedureFor(...CASE_STAFF)
    .input(AnswerIssueInput)
    .output(CommitteeIssue)
    .mutation(({ ctx, input }) => answerCommitteeIssue(ctx.db, workOf(ctx), input)),
});

export const hiveCommitteesRouter = router({
  /** The open issues of the committees of the volunteer's communes: words as said and counts, no names. */
  board: procedureFor('hive_volunteer')
    .input(z.void())
    .output(HiveCommitteeIssues)
    .query(({ ctx }) => readCommitteeIssuesBoard(ctx.db, { communeCodes: ctx.user.communeCodes })),
});
