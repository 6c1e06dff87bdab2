// Cases as the staff portal sees them. Scope comes from the signed-in role and is applied in the query.
import { CaseListInput, CasePage, caseScopeOf } from '@kruosar/domain';
import { appendAudit, listCases } from '@kruosar/db';
import { procedureFor, router } from '../trpc';

export const casesRouter = router({
  list: procedureFor('admin', 'supervisor', 'caseworker', 'analyst')
    .input(CaseListInput)
    .output(CasePage)
    .query(({ ctx, input }) => {
      const now = ctx.clock.now();
      const scope = caseScopeOf(ctx.user);
      const page = listCases(ctx.db, { scope, input, now });
      // A list with names is a read of those children's records.
      if (scope.kind !== 'none' && scope.identified && page.items.length > 0) {
        appendAudit(ctx.db, { actorId: ctx.user.id, portal: ctx.portal, action: 'case.list', entity: 'case', detail: { ids: page.items.map((c) => c.id) } }, now);
      }
      return page;
    }),
});
