// Importing an existing caseload from CSV or XLSX: a dry run that reports every row's problems, then the import of
// the valid rows in one transaction. Admins and supervisors (within their communes).
import { ImportDryRun, ImportFile, ImportResult, missingImportColumns, readImportRow, type CurrentUser, type ReadRow } from '@kruosar/domain';
import { checkImportRows, importCaseload, reportOf, todayIn, type Db } from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { parseImportFile } from '../import/parse-file';

async function readFile(file: ImportFile, now: Date): Promise<{ missingColumns: string[]; rows: ReadRow[] }> {
  const parsed = await parseImportFile(file);
  const missingColumns = missingImportColumns(parsed.headers);
  const today = todayIn(now);
  return { missingColumns, rows: missingColumns.length ? [] : parsed.rows.map((r) => readImportRow(r.raw, r.line, today)) };
}

export async function dryRunImport(db: Db, user: CurrentUser, file: ImportFile, now: Date): Promise<ImportDryRun> {
  const { missingColumns, rows } = await readFile(file, now);
  const checked = checkImportRows(db, { user, rows });
  return { total: checked.length, valid: checked.filter((r) => r.input && r.problems.length === 0).length, missingColumns, rows: reportOf(checked).filter((r) => r.problems.length > 0) };
}

export const importsRouter = router({
  dryRun: procedureFor('admin', 'supervisor')
    .input(ImportFile)
    .output(ImportDryRun)
    .mutation(({ ctx, input }) => dryRunImport(ctx.db, ctx.user, input, ctx.clock.now())),
  run: procedureFor('admin', 'supervisor')
    .input(ImportFile)
    .output(ImportResult)
    .mutation(async ({ ctx, input }) => {
      const now = ctx.clock.now();
      const { rows } = await readFile(input, now);
      return importCaseload(ctx.db, { user: ctx.user, portal: ctx.portal, now, fileName: input.fileName, rows });
    }),
});
