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

export const staffRouter = router({
  auth: authRouter,
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
});
export type StaffRouter = typeof staffRouter;
