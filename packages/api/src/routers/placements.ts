// Placements: the child's placement history; a reunification returns its scheduled follow-up visits.
import { z } from 'zod';
import { MAX_FOLLOW_UP_MONTHS, Placement, PlacementInput, wholeNumberField } from '@kruosar/domain';
import { createPlacement, listPlacements, updatePlacement } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { CASE_STAFF, CaseRef, VersionedRef, workOf } from './case-work';
import { FollowUpView } from './follow-ups';

export const PlacementView = Placement.extend({ reunification: z.boolean() });

const PlacementOptions = z.object({
  /** End the current placement on the new start date (a move) instead of refusing the overlap. */
  endCurrentPlacement: z.boolean().default(false),
  /** Months of the follow-up visits after a reunification, when the plan says otherwise than the standard. */
  followUpMonths: z.array(wholeNumberField('Follow-up month', 1, MAX_FOLLOW_UP_MONTHS)).min(1).max(60).optional(),
});

export const placementsRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.array(PlacementView))
    .query(({ ctx, input }) => listPlacements(ctx.db, workOf(ctx), input.caseId)),
  create: procedureFor(...CASE_STAFF)
    .input(CaseRef.extend(PlacementOptions.shape).and(PlacementInput))
    .output(z.object({ placement: PlacementView, followUps: z.array(FollowUpView) }))
    .mutation(({ ctx, input: { caseId, endCurrentPlacement, followUpMonths, ...input } }) =>
      createPlacement(ctx.db, workOf(ctx), { caseId, endCurrentPlacement, followUpMonths, input }),
    ),
  update: procedureFor(...CASE_STAFF)
    .input(VersionedRef.and(PlacementInput))
    .output(PlacementView)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => updatePlacement(ctx.db, workOf(ctx), { id, expectedVersion, input })),
});
