// Geography: imported from a gazetteer file, read by code.
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { DomainError, type GeoLevel, type GeoUnit, type GazetteerFile, unitsFromGazetteer } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { appendAudit } from './audit';
import { cases, geoUnits } from '../schema/index';

export type GeoImportResult = { provinces: number; districts: number; communes: number; villages: number };

/**
 * Import (or update) every unit of a gazetteer in one transaction: a bad file changes nothing.
 * `onProgress` is called every 1,000 rows so a CLI can show progress on long imports. With `audit`, the
 * `geo.import` audit entry commits in the same transaction as the units.
 */
export function importGazetteer(
  db: Db,
  file: GazetteerFile,
  onProgress?: (done: number, total: number) => void,
  audit?: { portal: string; source: string; now: Date },
): GeoImportResult {
  const { units, problems } = unitsFromGazetteer(file);
  if (problems.length > 0) {
    throw new DomainError('INVALID', 'errors.gazetteerInvalid', `The gazetteer has ${problems.length} problem(s), nothing was imported:\n  ${problems.slice(0, 20).join('\n  ')}`);
  }
  const count = (level: GeoLevel) => units.filter((u) => u.level === level).length;
  const result = { provinces: count('province'), districts: count('district'), communes: count('commune'), villages: count('village') };
  inTransaction(db, (tx) => {
    units.forEach((unit, i) => {
      tx.insert(geoUnits).values(unit).onConflictDoUpdate({ target: geoUnits.code, set: { ...unit } }).run();
      if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, units.length);
    });
    if (audit) appendAudit(tx, { actorId: null, portal: audit.portal, action: 'geo.import', entity: 'geo_units', detail: { file: audit.source, ...result } }, audit.now);
  });
  onProgress?.(units.length, units.length);
  return result;
}

export function upsertGeoUnits(db: Db, units: GeoUnit[]) {
  for (const unit of units) db.insert(geoUnits).values(unit).onConflictDoUpdate({ target: geoUnits.code, set: { ...unit } }).run();
}

export function findGeoUnit(db: Db, code: string): GeoUnit | undefined {
  return db.select().from(geoUnits).where(eq(geoUnits.code, code)).get() as GeoUnit | undefined;
}

export function listChildUnits(db: Db, parentCode: string): GeoUnit[] {
  return db.select().from(geoUnits).where(eq(geoUnits.parentCode, parentCode)).orderBy(geoUnits.code).all() as GeoUnit[];
}

export function listUnitsByCodes(db: Db, codes: string[]): GeoUnit[] {
  if (codes.length === 0) return [];
  return db.select().from(geoUnits).where(inArray(geoUnits.code, codes)).orderBy(geoUnits.code).all() as GeoUnit[];
}

export function countUnits(db: Db, level: GeoLevel, underCode = ''): number {
  return db.select({ n: sql<number>`count(*)` }).from(geoUnits).where(and(eq(geoUnits.level, level), like(geoUnits.code, `${underCode}%`))).get()?.n ?? 0;
}

/** Communes that have at least one case: the filter list for roles that see every commune. */
export function listCaseCommunes(db: Db): GeoUnit[] {
  const codes = db.selectDistinct({ code: cases.communeCode }).from(cases).all().map((r) => r.code);
  return listUnitsByCodes(db, codes);
}

export function listVillagesOfCommunes(db: Db, communeCodes: string[]): GeoUnit[] {
  if (communeCodes.length === 0) return [];
  return db.select().from(geoUnits).where(inArray(geoUnits.parentCode, communeCodes)).orderBy(geoUnits.code).all() as GeoUnit[];
}

/** Every unit of one level (e.g. all provinces), by code. */
export function listUnitsByLevel(db: Db, level: GeoLevel): GeoUnit[] {
  return db.select().from(geoUnits).where(eq(geoUnits.level, level)).orderBy(geoUnits.code).all() as GeoUnit[];
}
