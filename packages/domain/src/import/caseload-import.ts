// Bringing an existing caseload in from a spreadsheet: the columns (those of the caseload export, plus a few the
// template adds), and each row read into an intake, with its problems named by i18n key. Pure: the file is parsed
// and the villages and duplicates are checked above this layer.
import { z } from 'zod';
import { CaseIntakeInput } from '../case/schemas';
import { caseSources, protectionConcerns, riskLevels } from '../case/values';
import { ageOn, birthRegistrations, schoolStatuses, sexes } from '../child/schemas';
import { idPoorStatuses } from '../household/schemas';

/** Columns a row must have: names in both scripts, sex, date of birth, village and risk. */
export const importRequiredColumns = ['family_name_latin', 'given_name_latin', 'family_name_km', 'given_name_km', 'sex', 'date_of_birth', 'village_code', 'risk_level'] as const;
/** Columns read when present; other columns of the export (reference, commune, stage...) are ignored. */
export const importOptionalColumns = ['date_of_birth_estimated', 'protection_concerns', 'source', 'school_status', 'birth_registration', 'id_poor', 'summary'] as const;
export const importColumns = [...importRequiredColumns, ...importOptionalColumns] as const;
export type ImportColumn = (typeof importColumns)[number];

/** At most this many rows a file: a larger caseload comes in several files. */
export const IMPORT_MAX_ROWS = 2000;

export const importProblemKeys = ['required', 'badDate', 'futureDate', 'badChoice', 'badVillageCode', 'unknownVillage', 'villageOutsideScope', 'possibleDuplicate', 'duplicateInFile', 'tooLong'] as const;
export type ImportProblemKey = (typeof importProblemKeys)[number];

export const ImportProblem = z.object({
  column: z.string(),
  key: z.enum(importProblemKeys),
  /** The value in the file, or the references of possible duplicates. */
  value: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

export const ImportFile = z.object({
  fileName: z.string().trim().min(1).max(200),
  format: z.enum(['csv', 'xlsx']),
  /** The file's bytes, base64: 700 KB of file at most (the request limit is 1 MB). */
  contentBase64: z.string().min(1).max(960_000),
});
export type ImportFile = z.infer<typeof ImportFile>;

export const ImportRowReport = z.object({
  /** The row's line in the file (the header is line 1). */
  line: z.number().int(),
  name: z.string(),
  problems: z.array(ImportProblem),
});
export type ImportRowReport = z.infer<typeof ImportRowReport>;

export const ImportDryRun = z.object({
  total: z.number().int(),
  valid: z.number().int(),
  missingColumns: z.array(z.string()),
  rows: z.array(ImportRowReport),
});
export type ImportDryRun = z.infer<typeof ImportDryRun>;

export const ImportResult = z.object({ imported: z.number().int(), skipped: z.number().int(), references: z.array(z.string()) });
export type ImportResult = z.infer<typeof ImportResult>;

export type ImportRawRow = Record<string, string>;
export type ReadRow = { line: number; name: string; input: CaseIntakeInput | null; problems: ImportProblem[] };

const yes = new Set(['true', 'yes', 'y', '1', 'ត្រូវ', 'បាទ', 'ចាស']);

function isRealDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** The header as written, lower case with spaces as underscores: "Date of birth" reads as date_of_birth. */
export const normaliseHeader = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

export function missingImportColumns(headers: string[]): string[] {
  const have = new Set(headers.map(normaliseHeader));
  return importRequiredColumns.filter((c) => !have.has(c));
}

/** One row into an intake; every problem of the row is reported, not only the first. */
export function readImportRow(raw: ImportRawRow, line: number, today: string): ReadRow {
  const row: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw)) row[normaliseHeader(k)] = (v ?? '').trim();
  const problems: ImportProblem[] = [];
  const get = (c: ImportColumn) => row[c] ?? '';
  for (const c of importRequiredColumns) if (!get(c)) problems.push({ column: c, key: 'required', value: '' });
  for (const c of ['family_name_latin', 'given_name_latin', 'family_name_km', 'given_name_km'] as const) if (get(c).length > 80) problems.push({ column: c, key: 'tooLong', value: get(c).slice(0, 20) });
  if (get('summary').length > 4000) problems.push({ column: 'summary', key: 'tooLong', value: '' });
  const choice = <T extends string>(c: ImportColumn, values: readonly T[], fallback?: T): T | null => {
    const v = get(c).toLowerCase().replace(/[\s-]+/g, '_');
    if (!v) return fallback ?? null;
    if ((values as readonly string[]).includes(v)) return v as T;
    problems.push({ column: c, key: 'badChoice', value: get(c) });
    return null;
  };
  const dob = get('date_of_birth');
  if (dob && !isRealDate(dob)) problems.push({ column: 'date_of_birth', key: 'badDate', value: dob });
  else if (dob && dob > today) problems.push({ column: 'date_of_birth', key: 'futureDate', value: dob });
  const village = get('village_code');
  if (village && !/^\d{8}$/.test(village)) problems.push({ column: 'village_code', key: 'badVillageCode', value: village });
  const sex = get('sex') ? choice('sex', sexes) : null;
  const risk = get('risk_level') ? choice('risk_level', riskLevels) : null;
  const source = choice('source', caseSources, 'intake');
  const birthRegistration = choice('birth_registration', birthRegistrations, 'unknown');
  const idPoor = choice('id_poor', idPoorStatuses, 'not_assessed');
  const age = dob && isRealDate(dob) ? ageOn(dob, today) : 0;
  // No "unknown" school status exists: a file without it records under-sixes as not of school age, others as enrolled (docs/import.md).
  const school = choice('school_status', schoolStatuses, age < 6 ? 'not_of_school_age' : 'enrolled');
  const concerns: (typeof protectionConcerns)[number][] = [];
  for (const c of get('protection_concerns').split(/[\s,;]+/).filter(Boolean)) {
    if ((protectionConcerns as readonly string[]).includes(c)) concerns.push(c as (typeof protectionConcerns)[number]);
    else problems.push({ column: 'protection_concerns', key: 'badChoice', value: c });
  }
  const name = `${get('family_name_latin')} ${get('given_name_latin')}`.trim();
  if (problems.length > 0 || !sex || !risk || !source || !birthRegistration || !idPoor || !school) return { line, name, input: null, problems };
  const input = CaseIntakeInput.parse({
    child: {
      givenNameKm: get('given_name_km'), familyNameKm: get('family_name_km'), givenNameLatin: get('given_name_latin'), familyNameLatin: get('family_name_latin'),
      sex, dateOfBirth: dob, dateOfBirthEstimated: yes.has(get('date_of_birth_estimated').toLowerCase()), schoolStatus: school, birthRegistration,
    },
    household: { villageCode: village, idPoor },
    source,
    riskLevel: risk,
    protectionConcerns: [...new Set(concerns)],
    summary: get('summary'),
  });
  return { line, name, input, problems };
}

/** The same child twice in one file: same Latin names (any case) and date of birth. */
export function sameChildKey(input: CaseIntakeInput): string {
  const c = input.child;
  return [c.familyNameLatin, c.givenNameLatin, c.dateOfBirth].map((s) => s.normalize('NFC').toLowerCase()).join('|');
}
