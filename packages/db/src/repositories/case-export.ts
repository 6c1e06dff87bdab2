// The caseload as rows for a CSV export: every case matching the filters, identified or de-identified by role.
import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { type CurrentUser, ageOn, caseScopeOf, type CaseExportInput } from '@kruosar/domain';
import type { Db } from '../client';
import { cases, children, geoUnits, households, users } from '../schema/index';
import { appendReadAudit } from './audit';
import { todayIn } from './case-workflow';
import { caseloadOrder, caseloadWhere, identifiesChildren, refuseNameOrder, resolveCaseSearch } from './cases';

export type ExportCell = string | number | boolean;
export type CaseloadExport = { identified: boolean; columns: string[]; rows: ExportCell[][]; today: string };

/** Columns for roles that may identify children. */
export const identifiedColumns = [
  'reference', 'family_name_latin', 'given_name_latin', 'family_name_km', 'given_name_km', 'sex', 'date_of_birth',
  'date_of_birth_estimated', 'age', 'commune_code', 'commune', 'village_code', 'village', 'status', 'stage',
  'risk_level', 'protection_concerns', 'source', 'assigned_to', 'registered_at', 'first_contact_due_at',
  'first_contact_at', 'past_first_contact_target',
] as const;

/** Columns for analysts: no name, date of birth, reference, village or exact date, which could single a child out. */
export const deidentifiedColumns = [
  'commune_code', 'commune', 'sex', 'age_band', 'status', 'stage', 'risk_level', 'protection_concerns', 'source',
  'registered_month', 'past_first_contact_target',
] as const;

/** Five-year bands, as the impact tables use; 18 and over is one band (care leavers). */
export function ageBandOf(age: number): string {
  if (age < 0) return 'unknown';
  if (age >= 18) return '18+';
  const from = Math.floor(age / 5) * 5;
  return `${from}-${Math.min(from + 4, 17)}`;
}

const commune = alias(geoUnits, 'commune');
const village = alias(geoUnits, 'village');


/** Every matching case, no cap. The export is a read of each identified child's record, so it is audited with their ids. */
export function exportCaseload(db: Db, params: { user: CurrentUser; portal: string; input: CaseExportInput; now: Date }): CaseloadExport {
  const { user, input, now } = params;
  const scope = caseScopeOf(user);
  const identified = identifiesChildren(scope);
  refuseNameOrder(scope, input.sort);
  const today = todayIn(now);
  const nowIso = now.toISOString();
  const rows = db
    .select({
      c: cases,
      givenNameLatin: children.givenNameLatin,
      familyNameLatin: children.familyNameLatin,
      givenNameKm: children.givenNameKm,
      familyNameKm: children.familyNameKm,
      sex: children.sex,
      dateOfBirth: children.dateOfBirth,
      dateOfBirthEstimated: children.dateOfBirthEstimated,
      villageCode: households.villageCode,
      communeName: commune.nameLatin,
      villageName: village.nameLatin,
      assignedToName: users.displayName,
    })
    .from(cases)
    .innerJoin(children, eq(children.id, cases.childId))
    .innerJoin(households, eq(households.id, cases.householdId))
    .leftJoin(commune, eq(commune.code, cases.communeCode))
    .leftJoin(village, eq(village.code, households.villageCode))
    .leftJoin(users, eq(users.id, cases.assignedTo))
    .where(caseloadWhere(scope, input, now, resolveCaseSearch(db, scope, input.search)))
    .orderBy(...caseloadOrder(input.sort, input.direction))
    .all();

  const out = rows.map((r): ExportCell[] => {
    const c = r.c;
    const overdue = c.firstContactAt === null && c.firstContactDueAt < nowIso;
    const concerns = c.protectionConcerns.join(' ');
    const age = ageOn(r.dateOfBirth, today);
    if (!identified) {
      return [c.communeCode, r.communeName ?? c.communeCode, r.sex, ageBandOf(age), c.status, c.stage, c.riskLevel, concerns, c.source, c.registeredAt.slice(0, 7), overdue];
    }
    return [
      c.reference, r.familyNameLatin, r.givenNameLatin, r.familyNameKm, r.givenNameKm, r.sex, r.dateOfBirth, r.dateOfBirthEstimated, age,
      c.communeCode, r.communeName ?? c.communeCode, r.villageCode, r.villageName ?? r.villageCode, c.status, c.stage, c.riskLevel, concerns,
      c.source, r.assignedToName ?? '', c.registeredAt, c.firstContactDueAt, c.firstContactAt ?? '', overdue,
    ];
  });

  const { page: _p, pageSize: _s, ...filters } = input as CaseExportInput & { page?: number; pageSize?: number };
  const detail: Record<string, unknown> = { rows: out.length, identified, filters };
  if (identified) detail.ids = rows.map((r) => r.c.id);
  appendReadAudit(db, { actorId: user.id, portal: params.portal, action: 'case.export', entity: 'case', detail }, now);
  return { identified, columns: [...(identified ? identifiedColumns : deidentifiedColumns)], rows: out, today };
}
