// The hive portal's endpoint (/api/hive): commune volunteers register needs and follow them.
import { router } from '../trpc';
import { authRouter } from '../routers/auth';
import { hiveGeographyRouter } from '../routers/geography';
import { hiveNeedsRouter } from '../routers/needs';
import { hiveCommitteesRouter } from '../routers/committees';
import { hiveFeedbackRouter } from '../routers/feedback';

export const hiveRouter = router({
  auth: authRouter,
  geography: hiveGeographyRouter,
  needs: hiveNeedsRouter,
  committees: hiveCommitteesRouter,
  feedback: hiveFeedbackRouter,
});
export type HiveRouter = typeof hiveRouter;
