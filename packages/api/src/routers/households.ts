// A case's household and its members, edited as one record with optimistic concurrency; members are archived, not deleted.
import { updateHousehold } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { HouseholdUpdateInput, Saved } from '@kruosar/domain';

export const householdsRouter = router({
  update: procedureFor('admin', 'supervisor', 'caseworker')
    .input(HouseholdUpdateInput)
    .output(Saved)
    .mutation(({ ctx, input }) => updateHousehold(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),
});
