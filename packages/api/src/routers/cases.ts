// Cases as the staff portal sees them: caseload, intake, case page, edits, assignment and export.
// Scope comes from the signed-in person and is applied in each repository query, never here.
import { z } from 'zod';
import Papa from 'papaparse';
import { CasePage, AssignableStaff, AssignableStaffInput, BulkAssignInput, BulkAssignResult, CaseById, CaseDetail, CaseExport, CaseExportInput, CaseloadInput, CaseRegistered, CaseRegisterInput, CaseTransferInput, CaseUpdateInput, DuplicateCheckInput, FirstContactInput, PossibleDuplicate, Saved, TimelineInput, TimelinePage } from '@kruosar/domain';
import { bulkAssignCases, listMatchingCaseIds, caseTimeline, checkDuplicatesAtIntake, exportCaseload, getCaseDetail, listAssignableStaff, listCaseload, recordFirstContact, registerAtIntake, transferCase, updateCase, type CaseloadExport } from '@kruosar/db';
import { procedureFor, router } from '../trpc';

/** Everyone on staff sees a caseload; analysts get it without names. */
const staff = () => procedureFor('admin', 'supervisor', 'caseworker', 'analyst');
/** Roles that work with identified case records. Analysts see no case pages at all. */
const caseTeam = () => procedureFor('admin', 'supervisor', 'caseworker');
/** Assigning and transferring is a supervisor's decision (docs/DESIGN.md §3). */
const assigners = () => procedureFor('admin', 'supervisor');

/**
 * The CSV file: UTF-8 with a byte-order mark so spreadsheet programs read Khmer correctly, and cells that
 * start like a formula escaped so a name cannot run as one.
 */
export function toCsvExport(data: CaseloadExport): CaseExport {
  const csv = Papa.unparse({ fields: data.columns, data: data.rows }, { escapeFormulae: true, newline: '\r\n' });
  const filename = `kruosar-caseload${data.identified ? '' : '-deidentified'}-${data.today}.csv`;
  return { filename, csv: `\uFEFF${csv}`, rows: data.rows.length, identified: data.identified };
}

export const casesRouter = router({
  list: staff()
    .input(CaseloadInput)
    .output(CasePage)
    .query(({ ctx, input }) => listCaseload(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  checkDuplicates: caseTeam()
    .input(DuplicateCheckInput)
    .output(z.array(PossibleDuplicate))
    .query(({ ctx, input }) => checkDuplicatesAtIntake(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  register: caseTeam()
    .input(CaseRegisterInput)
    .output(CaseRegistered)
    .mutation(({ ctx, input }) => registerAtIntake(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  byId: caseTeam()
    .input(CaseById)
    .output(CaseDetail)
    .query(({ ctx, input }) => getCaseDetail(ctx.db, { user: ctx.user, portal: ctx.portal, caseId: input.caseId, now: ctx.clock.now() })),

  timeline: caseTeam()
    .input(TimelineInput)
    .output(TimelinePage)
    .query(({ ctx, input }) => caseTimeline(ctx.db, { user: ctx.user, input })),

  update: caseTeam()
    .input(CaseUpdateInput)
    .output(Saved)
    .mutation(({ ctx, input }) => updateCase(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  recordFirstContact: caseTeam()
    .input(FirstContactInput)
    .output(Saved)
    .mutation(({ ctx, input }) => recordFirstContact(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  assignableStaff: assigners()
    .input(AssignableStaffInput)
    .output(z.array(AssignableStaff))
    .query(({ ctx, input }) => listAssignableStaff(ctx.db, ctx.user, input.communeCode)),

  transfer: assigners()
    .input(CaseTransferInput)
    .output(Saved)
    .mutation(({ ctx, input }) => transferCase(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  /** Every matching case id at once, for "choose all N matching" before a bulk assignment. */
  matchingIds: assigners()
    .input(CaseExportInput)
    .output(z.object({ cases: z.array(z.object({ id: z.string(), communeCode: z.string() })) }))
    .query(({ ctx, input }) => listMatchingCaseIds(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  bulkAssign: assigners()
    .input(BulkAssignInput)
    .output(BulkAssignResult)
    .mutation(({ ctx, input }) => bulkAssignCases(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  // A mutation, not a query: it is audited, and a browser must not fetch it again by itself.
  exportCsv: staff()
    .input(CaseExportInput)
    .output(CaseExport)
    .mutation(({ ctx, input }) => toCsvExport(exportCaseload(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() }))),
});
