// Case notes: visit, phone, office, third party, supervision. Sensitive text reaches the case team only; analysts see none.
import { createCaseNote, listCaseNotes } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { CaseNoteCreateInput, CaseNoteListInput, CaseNotePage, Saved } from '@kruosar/domain';

export const caseNotesRouter = router({
  list: procedureFor('admin', 'supervisor', 'caseworker')
    .input(CaseNoteListInput)
    .output(CaseNotePage)
    .query(({ ctx, input }) => listCaseNotes(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),

  create: procedureFor('admin', 'supervisor', 'caseworker')
    .input(CaseNoteCreateInput)
    .output(Saved)
    .mutation(({ ctx, input }) => createCaseNote(ctx.db, { user: ctx.user, portal: ctx.portal, input, now: ctx.clock.now() })),
});
