// A case's child, corrected from the case page (names, birth, school, consent) with optimistic concurrency.
import { updateChild } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { ChildUpdateInput, Saved } from '@kruosar/domain';

export const childrenRouter = router({
  update: procedureFor('admin', 'supervisor', 'caseworker')
    .input(ChildUpdateInput)
    .output(Saved)
    .mutation(({ ctx, input }) => updateChild(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),
});
