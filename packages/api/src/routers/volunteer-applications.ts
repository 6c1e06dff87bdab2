// Applications to volunteer: anyone applies on the supporters portal; coordinators accept (an account with a
// temporary password shown once) or decline with a reason on the staff portal.
import { z } from 'zod';
import { AcceptApplicationInput, applicationStatuses, DeclineApplicationInput, Ok, VolunteerApplicationInput, VolunteerApplicationView, type Role } from '@kruosar/domain';
import { acceptVolunteerApplication, declineVolunteerApplication, listVolunteerApplications, submitVolunteerApplication } from '@kruosar/db';
import { procedureFor, publicProcedure, router } from '../trpc';
import { hashPassword } from '../auth/password';
import { newTemporaryPassword } from '../auth/accounts';
import { workOf } from './case-work';

// Analysts never see applicants' contact details: only coordinators review applications.
const COORDINATORS: Role[] = ['admin', 'supervisor'];

export const staffVolunteerApplicationsRouter = router({
  list: procedureFor(...COORDINATORS)
    .input(z.object({ status: z.enum(applicationStatuses).optional() }).default({}))
    .output(z.array(VolunteerApplicationView))
    .query(({ ctx, input }) => listVolunteerApplications(ctx.db, input)),
  accept: procedureFor(...COORDINATORS)
    .input(AcceptApplicationInput)
    .output(z.object({ application: VolunteerApplicationView, username: z.string(), temporaryPassword: z.string() }))
    .mutation(async ({ ctx, input }) => {
      const temporaryPassword = newTemporaryPassword();
      const application = acceptVolunteerApplication(ctx.db, workOf(ctx), { ...input, passwordHash: await hashPassword(temporaryPassword) });
      return { application, username: application.volunteerUsername ?? '', temporaryPassword };
    }),
  decline: procedureFor(...COORDINATORS)
    .input(DeclineApplicationInput)
    .output(VolunteerApplicationView)
    .mutation(({ ctx, input }) => declineVolunteerApplication(ctx.db, workOf(ctx), input)),
});

/** Public: the API guards count these calls in the per-address budget of the supporters portal. */
export const publicVolunteerApplicationsRouter = router({
  submit: publicProcedure
    .input(VolunteerApplicationInput)
    .output(Ok)
    .mutation(({ ctx, input }) => submitVolunteerApplication(ctx.db, { portal: ctx.portal, now: ctx.clock.now() }, input)),
});
