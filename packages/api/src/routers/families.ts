// Families: household search and page, children moving between households, history, assessment and the family plan.
import { z } from 'zod';
import {
  FamilyAssessment,
  FamilyAssessmentInput,
  FamilyPlan,
  FamilyPlanInput,
  HouseholdSearchInput,
  HouseholdSearchPage,
  HouseholdStatus,
  HouseholdStatusInput,
  HouseholdView,
  idField,
  MoveChildInput,
  Saved,
  SchoolEnrolment,
  SchoolEnrolmentInput,
  dateField,
} from '@kruosar/domain';
import {
  createFamilyAssessment,
  createFamilyPlan,
  decideFamilyAssessment,
  decideFamilyPlan,
  endSchoolEnrolment,
  findFamilyPlanOfCase,
  findHouseholdView,
  moveChildToHousehold,
  recordHouseholdStatus,
  recordSchoolEnrolment,
  searchHouseholds,
  submitFamilyAssessment,
  submitFamilyPlan,
  updateFamilyPlan,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, CaseRef, DecisionInput, VersionedRef, workOf } from './case-work';

const HouseholdRef = z.object({ householdId: idField('Household') });

export const familiesRouter = router({
  search: procedureFor(...CASE_STAFF)
    .input(HouseholdSearchInput)
    .output(HouseholdSearchPage)
    .query(({ ctx, input }) => searchHouseholds(ctx.db, workOf(ctx), input)),
  byId: procedureFor(...CASE_STAFF)
    .input(HouseholdRef)
    .output(HouseholdView)
    .query(({ ctx, input }) => findHouseholdView(ctx.db, workOf(ctx), input.householdId)),
  moveChild: procedureFor(...CASE_STAFF)
    .input(MoveChildInput)
    .output(Saved)
    .mutation(({ ctx, input }) => moveChildToHousehold(ctx.db, workOf(ctx), input)),
  recordStatus: procedureFor(...CASE_STAFF)
    .input(HouseholdRef.and(HouseholdStatusInput))
    .output(HouseholdStatus)
    .mutation(({ ctx, input: { householdId, ...input } }) => recordHouseholdStatus(ctx.db, workOf(ctx), { householdId, input })),
  recordEnrolment: procedureFor(...CASE_STAFF)
    .input(SchoolEnrolmentInput)
    .output(SchoolEnrolment)
    .mutation(({ ctx, input }) => recordSchoolEnrolment(ctx.db, workOf(ctx), input)),
  endEnrolment: procedureFor(...CASE_STAFF)
    .input(z.object({ id: idField('Enrolment'), toDate: dateField('Enrolled until') }))
    .output(SchoolEnrolment)
    .mutation(({ ctx, input }) => endSchoolEnrolment(ctx.db, workOf(ctx), input)),
  createAssessment: procedureFor(...CASE_STAFF)
    .input(HouseholdRef.and(FamilyAssessmentInput))
    .output(FamilyAssessment)
    .mutation(({ ctx, input: { householdId, ...input } }) => createFamilyAssessment(ctx.db, workOf(ctx), { householdId, input })),
  planOfCase: procedureFor(...CASE_STAFF)
    .input(CaseRef)
    .output(z.object({ householdId: z.string(), plan: FamilyPlan.nullable() }))
    .query(({ ctx, input }) => findFamilyPlanOfCase(ctx.db, workOf(ctx), input.caseId)),
  submitAssessment: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(FamilyAssessment)
    .mutation(({ ctx, input }) => submitFamilyAssessment(ctx.db, workOf(ctx), input)),
  decideAssessment: procedureFor(...APPROVERS)
    .input(DecisionInput)
    .output(FamilyAssessment)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => decideFamilyAssessment(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
  createPlan: procedureFor(...CASE_STAFF)
    .input(HouseholdRef.and(FamilyPlanInput))
    .output(FamilyPlan)
    .mutation(({ ctx, input: { householdId, ...input } }) => createFamilyPlan(ctx.db, workOf(ctx), { householdId, input })),
  updatePlan: procedureFor(...CASE_STAFF)
    .input(VersionedRef.and(FamilyPlanInput))
    .output(FamilyPlan)
    .mutation(({ ctx, input: { id, expectedVersion, ...input } }) => updateFamilyPlan(ctx.db, workOf(ctx), { id, expectedVersion, input })),
  submitPlan: procedureFor(...CASE_STAFF)
    .input(VersionedRef)
    .output(FamilyPlan)
    .mutation(({ ctx, input }) => submitFamilyPlan(ctx.db, workOf(ctx), input)),
  decidePlan: procedureFor(...APPROVERS)
    .input(DecisionInput)
    .output(FamilyPlan)
    .mutation(({ ctx, input: { id, expectedVersion, ...decision } }) => decideFamilyPlan(ctx.db, workOf(ctx), { id, expectedVersion, decision })),
});
