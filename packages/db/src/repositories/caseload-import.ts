// An existing caseload brought in from a file: each read row checked against the geography, the importer's scope
// and the children already registered (and earlier rows of the file); then the valid rows registered in one
// transaction, unassigned (a supervisor assigns them), with one audit entry for the import beside each case's own.
import { eq } from 'drizzle-orm';
import { sameChildKey, type CurrentUser, type ImportProblem, type ImportResult, type ImportRowReport, type ReadRow } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits } from '../schema/index';
import { appendAudit } from './audit';
import { findDuplicateCandidates } from './case-intake';
import { registerCase } from './cases';

export type CheckedRow = ReadRow & { problems: ImportProblem[] };

export function checkImportRows(db: Db, params: { user: CurrentUser; rows: ReadRow[] }): CheckedRow[] {
  const seen = new Map<string, number>();
  return params.rows.map((row) => {
    if (!row.input) return row;
    const problems: ImportProblem[] = [];
    const villageCode = row.input.household.villageCode;
    const village = db.select({ level: geoUnits.level, parentCode: geoUnits.parentCode }).from(geoUnits).where(eq(geoUnits.code, villageCode)).get();
    if (!village || village.level !== 'village' || !village.parentCode) {
      problems.push({ column: 'village_code', key: 'unknownVillage', value: villageCode });
    } else if (params.user.role !== 'admin' && !params.user.communeCodes.includes(village.parentCode)) {
      problems.push({ column: 'village_code', key: 'villageOutsideScope', value: villageCode });
    } else {
      const matches = findDuplicateCandidates(db, params.user, { child: row.input.child, villageCode });
      if (matches.length > 0) problems.push({ column: 'family_name_latin', key: 'possibleDuplicate', value: matches.map((m) => m.reference).join(', ') });
    }
    const key = sameChildKey(row.input);
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push({ column: 'family_name_latin', key: 'duplicateInFile', value: String(earlier) });
    else seen.set(key, row.line);
    return problems.length ? { ...row, problems } : row;
  });
}

export const reportOf = (rows: CheckedRow[]): ImportRowReport[] => rows.map((r) => ({ line: r.line, name: r.name, problems: r.problems }));

/** Check again inside the transaction (the caseload may have changed since the dry run), then register the valid rows. */
export function importCaseload(db: Db, params: { user: CurrentUser; portal: string; now: Date; fileName: string; rows: ReadRow[] }): ImportResult {
  return inTransaction(db, (tx) => {
    const checked = checkImportRows(tx, { user: params.user, rows: params.rows });
    const references: string[] = [];
    for (const row of checked) {
      if (!row.input || row.problems.length > 0) continue;
      const { reference } = registerCase(tx, { input: row.input, actorId: params.user.id, assignedTo: null, now: params.now, portal: params.portal, auditDetail: { imported: params.fileName, line: row.line } });
      references.push(reference);
    }
    const skipped = checked.length - references.length;
    appendAudit(tx, { actorId: params.user.id, portal: params.portal, action: 'case.import', entity: 'case', detail: { file: params.fileName, imported: references.length, skipped } }, params.now);
    return { imported: references.length, skipped, references };
  });
}
