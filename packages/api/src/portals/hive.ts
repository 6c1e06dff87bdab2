// The hive portal's endpoint (/api/hive): commune volunteers register needs and follow them.
import { router } from '../trpc';
import { authRouter } from '../routers/auth';
import { hiveGeographyRouter } from '../routers/geography';
import { hiveNeedsRouter } from '../routers/needs';
import { hiveFeedbackRouter } from '../routers/feedback';

export const hiveRouter = router({
  auth: authRouter,
  geography: hiveGeographyRouter,
  needs: hiveNeedsRouter,
  feedback: hiveFeedbackRouter,
});
export type HiveRouter = typeof hiveRouter;
