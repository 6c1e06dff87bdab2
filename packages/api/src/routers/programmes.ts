// Programmes beyond the case file: programmes, sites, sessions, participants and attendance, and their reach.
// Analysts see programmes, sessions and counts; participants' names only reach case staff.
import { z } from 'zod';
import {
  AttendanceInput,
  AttendanceSaved,
  AttendanceView,
  HealthCheck,
  HealthCheckInput,
  HealthChecksView,
  HealthReferralItem,
  HealthReferralPage,
  HealthReport,
  HealthReportInput,
  Newcomer,
  ParticipantCheckInput,
  ParticipantListInput,
  ParticipantMatch,
  ParticipantPage,
  ParticipantSummary,
  Programme,
  ProgrammeInput,
  ProgrammeReach,
  ProgrammeSession,
  ProgrammeView,
  ReachInput,
  ReferralListInput,
  ReferralOutcomeInput,
  SessionInput,
  Site,
  SiteInput,
} from '@kruosar/domain';
import {
  addSite,
  checkParticipantDuplicates,
  createProgramme,
  createProgrammeSession,
  findProgramme,
  healthChecksView,
  healthReport,
  listHealthReferrals,
  listParticipants,
  listProgrammes,
  programmeReach,
  recordReferralOutcome,
  registerParticipant,
  saveAttendance,
  saveHealthCheck,
  sessionAttendanceView,
} from '@kruosar/db';
import type { Role } from '@kruosar/domain';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, RecordRef, workOf } from './case-work';

const STAFF: Role[] = ['admin', 'supervisor', 'caseworker', 'analyst'];

export const programmesRouter = router({
  list: procedureFor(...STAFF)
    .input(z.object({}).default({}))
    .output(z.array(Programme))
    .query(({ ctx }) => listProgrammes(ctx.db)),
  byId: procedureFor(...STAFF)
    .input(RecordRef)
    .output(ProgrammeView)
    .query(({ ctx, input }) => findProgramme(ctx.db, input.id)),
  create: procedureFor(...APPROVERS)
    .input(ProgrammeInput)
    .output(Programme)
    .mutation(({ ctx, input }) => createProgramme(ctx.db, workOf(ctx), input)),
  addSite: procedureFor(...APPROVERS)
    .input(SiteInput)
    .output(Site)
    .mutation(({ ctx, input }) => addSite(ctx.db, workOf(ctx), input)),
  createSession: procedureFor(...CASE_STAFF)
    .input(SessionInput)
    .output(ProgrammeSession)
    .mutation(({ ctx, input }) => createProgrammeSession(ctx.db, workOf(ctx), input)),
  attendance: procedureFor(...CASE_STAFF)
    .input(RecordRef)
    .output(AttendanceView)
    .query(({ ctx, input }) => sessionAttendanceView(ctx.db, workOf(ctx), input.id)),
  saveAttendance: procedureFor(...CASE_STAFF)
    .input(AttendanceInput)
    .output(AttendanceSaved)
    .mutation(({ ctx, input }) => saveAttendance(ctx.db, workOf(ctx), input)),
  reach: procedureFor(...STAFF)
    .input(ReachInput)
    .output(ProgrammeReach)
    .query(({ ctx, input }) => programmeReach(ctx.db, input)),
  // Health checks at mobile clinic sessions: names for case staff; analysts get the report's counts only.
  healthChecks: procedureFor(...CASE_STAFF)
    .input(RecordRef)
    .output(HealthChecksView)
    .query(({ ctx, input }) => healthChecksView(ctx.db, workOf(ctx), input.id)),
  saveHealthCheck: procedureFor(...CASE_STAFF)
    .input(HealthCheckInput)
    .output(HealthCheck)
    .mutation(({ ctx, input }) => saveHealthCheck(ctx.db, workOf(ctx), input)),
  healthReferrals: procedureFor(...CASE_STAFF)
    .input(ReferralListInput)
    .output(HealthReferralPage)
    .query(({ ctx, input }) => listHealthReferrals(ctx.db, workOf(ctx), input)),
  recordReferralOutcome: procedureFor(...CASE_STAFF)
    .input(ReferralOutcomeInput)
    .output(HealthReferralItem)
    .mutation(({ ctx, input }) => recordReferralOutcome(ctx.db, workOf(ctx), input)),
  healthReport: procedureFor(...STAFF)
    .input(HealthReportInput)
    .output(HealthReport)
    .query(({ ctx, input }) => healthReport(ctx.db, input)),
});

export const participantsRouter = router({
  list: procedureFor(...STAFF)
    .input(ParticipantListInput)
    .output(ParticipantPage)
    .query(({ ctx, input }) => listParticipants(ctx.db, workOf(ctx), input)),
  checkDuplicates: procedureFor(...CASE_STAFF)
    .input(ParticipantCheckInput)
    .output(z.array(ParticipantMatch))
    .query(({ ctx, input }) => checkParticipantDuplicates(ctx.db, workOf(ctx), input)),
  register: procedureFor(...CASE_STAFF)
    .input(Newcomer)
    .output(ParticipantSummary)
    .mutation(({ ctx, input }) => registerParticipant(ctx.db, workOf(ctx), input)),
});
