// Where and how finely each indicator may be shown (docs/DESIGN.md §5): the geography and time limits of a table request.
import { invalid } from '../errors';
import type { DomainError } from '../errors';
import { codeLength } from '../geography/schemas';
import type { GeoContext, ReportPeriod, RawCount, TableSpec } from './types';
import { isSensitiveIndicator } from './types';

/** Commune tables may show quarters only when every quarter cell is at least this. */
export const communeQuarterMinimum = 20;

const problem = (field: string, key: string, message: string) => invalid(field, message, `errors.disclosure.${key}`);

export const quarterColumns = (spec: Pick<TableSpec, 'year' | 'throughQuarter'>): ReportPeriod[] =>
  Array.from({ length: spec.throughQuarter }, (_, i) => ({ year: spec.year, from: i + 1, to: i + 1 }));

/** The parent whose parts are exactly the rows, if there is one. */
export function parentOfRows(spec: Pick<TableSpec, 'level' | 'rows'>, geo: GeoContext): string | null {
  if (spec.level === 'province' || spec.level === 'village') return null;
  const parentLength = spec.level === 'commune' ? codeLength.district : codeLength.province;
  const parent = spec.rows[0]?.slice(0, parentLength) ?? '';
  const parts = new Set(geo.communes.filter((c) => c.startsWith(parent)).map((c) => c.slice(0, codeLength[spec.level])));
  const rows = new Set(spec.rows);
  return parts.size === rows.size && [...parts].every((p) => rows.has(p)) ? parent : null;
}

/**
 * The first rule a table request breaks, as a DomainError('INVALID') with an i18n key, or null when it may be built.
 * Without raw counts a commune table is held to years, since nobody has shown every quarter cell is 20 or more.
 * Event counts are exempt from rounding and suppression but not from these limits: a session in a small commune can
 * still point at a child.
 */
export function findTableSpecProblem(spec: TableSpec, geo: GeoContext, raw?: RawCount): DomainError | null {
  if (spec.level === 'village') return problem('level', 'village', 'Tables never show villages; choose commune, district or province.');
  const width = codeLength[spec.level];
  const known = new Set(geo.communes.map((c) => c.slice(0, width)));
  const unknown = spec.rows.find((code) => code.length !== width || !known.has(code));
  if (unknown !== undefined) return problem('rows', 'unknownPlace', `${unknown} is not a ${spec.level} of the gazetteer.`);
  if (new Set(spec.rows).size !== spec.rows.length) return problem('rows', 'duplicateRow', 'A place appears twice in the rows.');
  if (spec.level === 'commune') {
    if (isSensitiveIndicator(spec.indicator)) {
      const why = `${spec.indicator.topic} counts are shown by district or province only, never by commune.`;
      return problem('level', 'sensitiveBelowDistrict', why);
    }
    const notHive = spec.rows.find((code) => !geo.hiveCommunes.has(code));
    if (notHive !== undefined) {
      return problem('rows', 'notHiveCommune', `Commune ${notHive} has no hive; communes are shown only where a hive works.`);
    }
    if (spec.grain === 'quarter') {
      const thin = !raw || spec.rows.some((code) => quarterColumns(spec).some((p) => raw(code, p) < communeQuarterMinimum));
      const why = `Commune tables are yearly unless every quarter cell is ${communeQuarterMinimum} or more.`;
      if (thin) return problem('grain', 'communeQuarterly', why);
    }
  }
  if (spec.columnTotals && parentOfRows(spec, geo) === null) {
    return problem('columnTotals', 'partialTotal', 'A total row needs every part of one district or province as rows.');
  }
  return null;
}
