// The supporters portal's endpoint (/api/supporters): published impact for everyone; donors and volunteers sign in.
import { router } from '../trpc';
import { authRouter } from '../routers/auth';
import { givingRouter } from '../routers/donors';
import { impactRouter } from '../routers/impact';
import { publicStoriesRouter } from '../routers/stories';
import { volunteerRouter } from '../routers/volunteering';
import { publicVolunteerApplicationsRouter } from '../routers/volunteer-applications';
import { supportersAccountRouter } from '../routers/users';

export const supportersRouter = router({
  auth: authRouter,
  impact: impactRouter,
  stories: publicStoriesRouter,
  volunteering: volunteerRouter,
  giving: givingRouter,
  volunteerApplications: publicVolunteerApplicationsRouter,
  account: supportersAccountRouter,
});
export type SupportersRouter = typeof supportersRouter;
