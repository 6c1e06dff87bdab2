// The staff portal's endpoint (/api/staff): case management for caseworkers, supervisors, analysts, admins.
import { router } from '../trpc';
import { authRouter } from '../routers/auth';
import { casesRouter } from '../routers/cases';
import { caseNotesRouter } from '../routers/case-notes';
import { childrenRouter } from '../routers/children';
import { householdsRouter } from '../routers/households';
import { staffGeographyRouter } from '../routers/geography';
import { staffNeedsRouter } from '../routers/needs';
import { hiveCommitteeRouter, hiveMeetingsRouter, hiveVolunteersRouter, hivesRouter } from '../routers/hive-management';
import { workflowRouter } from '../routers/workflow';
import { assessmentsRouter } from '../routers/assessments';
import { casePlansRouter } from '../routers/case-plans';
import { servicesRouter } from '../routers/services';
import { placementsRouter } from '../routers/placements';
import { followUpsRouter } from '../routers/follow-ups';
import { referralsRouter } from '../routers/referrals';
import { closuresRouter } from '../routers/closures';
import { approvalsRouter } from '../routers/approvals';
import { dashboardRouter } from '../routers/dashboard';
import { snapshotsRouter } from '../routers/snapshots';
import { storiesRouter } from '../routers/stories';
import { volunteeringRouter } from '../routers/volunteering';
import { safeguardingRouter } from '../routers/safeguarding';
import { sessionsRouter } from '../routers/sessions';
import { accountRouter, usersRouter } from '../routers/users';
import { familiesRouter } from '../routers/families';
import { carersRouter } from '../routers/carers';
import { participantsRouter, programmesRouter } from '../routers/programmes';
import { donorsRouter } from '../routers/donors';
import { institutionsRouter, reintegrationRouter, tracingRouter } from '../routers/tracing';
import { mailSettingsRouter, myWorkRouter, notificationsRouter } from '../routers/alerts';
import { auditRouter } from '../routers/audit';
import { importsRouter } from '../routers/imports';
import { committeesRouter } from '../routers/committees';
import { mergesRouter } from '../routers/merges';
import { childVoicesRouter, feedbackRouter } from '../routers/feedback';
import { staffVolunteerApplicationsRouter } from '../routers/volunteer-applications';

export const staffRouter = router({
  auth: authRouter,
  sessions: sessionsRouter,
  cases: casesRouter,
  caseNotes: caseNotesRouter,
  children: childrenRouter,
  households: householdsRouter,
  geography: staffGeographyRouter,
  needs: staffNeedsRouter,
  hives: hivesRouter,
  hiveCommittee: hiveCommitteeRouter,
  hiveVolunteers: hiveVolunteersRouter,
  hiveMeetings: hiveMeetingsRouter,
  workflow: workflowRouter,
  assessments: assessmentsRouter,
  casePlans: casePlansRouter,
  services: servicesRouter,
  placements: placementsRouter,
  followUps: followUpsRouter,
  referrals: referralsRouter,
  closures: closuresRouter,
  approvals: approvalsRouter,
  dashboard: dashboardRouter,
  snapshots: snapshotsRouter,
  stories: storiesRouter,
  volunteering: volunteeringRouter,
  safeguarding: safeguardingRouter,
  users: usersRouter,
  account: accountRouter,
  families: familiesRouter,
  carers: carersRouter,
  programmes: programmesRouter,
  donors: donorsRouter,
  participants: participantsRouter,
  institutions: institutionsRouter,
  tracing: tracingRouter,
  reintegration: reintegrationRouter,
  myWork: myWorkRouter,
  notifications: notificationsRouter,
  mailSettings: mailSettingsRouter,
  audit: auditRouter,
  imports: importsRouter,
  committees: committeesRouter,
  merges: mergesRouter,
  childVoices: childVoicesRouter,
  feedback: feedbackRouter,
  volunteerApplications: staffVolunteerApplicationsRouter,
});
export type StaffRouter = typeof staffRouter;
