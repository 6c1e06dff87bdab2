// The impact page's views of the latest publication: services by type, the map, hive progress, the annual summary.
import { INDEPENDENCE_DEADLINE, serviceTypes, type PublishedTable, type ReportPeriod, type ServiceType, type TableCell } from '@kruosar/domain';
import type { Db } from '../client';
import { listUnitsByCodes } from './geography';
import { findLatestPublishedSnapshot, findPublishedSnapshot, type PublishedSnapshot, type PublishedSnapshotSummary } from './impact';
import { cellText, type HeadlineFigure, type SnapshotContent, type SnapshotHive } from './impact-content';
import { serviceIndicatorId } from './snapshot-facts';

type Shown = { cell: TableCell; value: string };
const shown = (cell: TableCell): Shown => ({ cell, value: cellText(cell) });
const summaryOf = ({ content: _content, ...summary }: PublishedSnapshot): PublishedSnapshotSummary => summary;

const snapshotOf = (db: Db, snapshotId?: string) => (snapshotId ? findPublishedSnapshot(db, snapshotId) : findLatestPublishedSnapshot(db));
const tableNamed = (content: SnapshotContent, name: string): PublishedTable | undefined => content.tables.find((t) => t.name === name)?.table;

export type ServicesByType = {
  snapshot: PublishedSnapshotSummary;
  columns: ReportPeriod[];
  totalPeriod: ReportPeriod | null;
  rows: { serviceType: ServiceType; placeCode: string; cells: Shown[]; total: Shown | null }[];
} | null;

/** Children who received each service, by province and quarter, from the published tables. */
export function findServicesByType(db: Db, params: { snapshotId?: string } = {}): ServicesByType {
  const s = snapshotOf(db, params.snapshotId);
  if (!s) return null;
  const tables = serviceTypes.flatMap((type) => {
    const table = tableNamed(s.content, `${serviceIndicatorId(type)}.province`);
    return table ? [{ type, table }] : [];
  });
  const first = tables[0]?.table;
  return {
    snapshot: summaryOf(s),
    columns: first?.columns ?? [],
    totalPeriod: first?.totalPeriod ?? null,
    rows: tables.flatMap(({ type, table }) => table.rows.map((row) => ({ serviceType: type, placeCode: row.code, cells: row.cells.map(shown), total: row.total ? shown(row.total) : null }))),
  };
}

export type MapPlace = {
  code: string;
  level: 'province' | 'district' | 'commune';
  parentCode: string | null;
  nameKm: string;
  nameLatin: string;
  lat: number | null;
  lng: number | null;
  hive: { independenceIndex: number | null; status: SnapshotHive['progress']['status'] } | null;
  values: ({ key: string } & Shown)[];
};
export type ImpactMap = { snapshot: PublishedSnapshotSummary; provincePeriod: ReportPeriod; districtPeriod: ReportPeriod; communePeriod: ReportPeriod; places: MapPlace[] } | null;

/** The value each place shows on the map: its total over the table's periods (a commune table has one). */
function valuesByPlace(content: SnapshotContent, level: 'province' | 'district' | 'commune'): Map<string, ({ key: string } & Shown)[]> {
  const out = new Map<string, ({ key: string } & Shown)[]>();
  for (const { name, table } of content.tables) {
    if (table.level !== level || name.startsWith('services.')) continue;
    for (const row of table.rows) {
      const cell = row.total ?? row.cells[row.cells.length - 1]!;
      out.set(row.code, [...(out.get(row.code) ?? []), { key: table.indicator.id, ...shown(cell) }]);
    }
  }
  return out;
}

/**
 * Provinces, districts and hive communes with their centre points from the gazetteer and their published values.
 * Never villages, never points of people: only the centres of administrative areas.
 */
export function findImpactMap(db: Db): ImpactMap {
  const s = findLatestPublishedSnapshot(db);
  if (!s) return null;
  const { content } = s;
  const byLevel = { province: valuesByPlace(content, 'province'), district: valuesByPlace(content, 'district'), commune: valuesByPlace(content, 'commune') };
  const districtTables = content.tables.filter((t) => t.table.level === 'district').flatMap((t) => t.table.rows.map((r) => r.code));
  const hives = new Map(content.hives.map((h) => [h.communeCode, h]));
  const codes = [...content.provinces, ...districtTables, ...hives.keys()];
  const places = listUnitsByCodes(db, [...new Set(codes)]).flatMap((u): MapPlace[] => {
    if (u.level === 'village') return [];
    const hive = hives.get(u.code);
    return [{
      code: u.code,
      level: u.level,
      parentCode: u.parentCode,
      nameKm: u.nameKm,
      nameLatin: u.nameLatin,
      lat: u.lat,
      lng: u.lng,
      hive: hive ? { independenceIndex: hive.independenceIndex, status: hive.progress.status } : null,
      values: byLevel[u.level].get(u.code) ?? [],
    }];
  });
  const ytd = { year: content.year, from: 1, to: content.throughQuarter };
  return { snapshot: summaryOf(s), provincePeriod: ytd, districtPeriod: ytd, communePeriod: { year: content.communeYear, from: 1, to: 4 }, places };
}

export type HiveProgressView = {
  snapshot: PublishedSnapshotSummary;
  deadline: string;
  hives: (SnapshotHive & { nameKm: string; nameLatin: string; districtCode: string })[];
} | null;

/** Each hive commune's published independence index and its progress towards 2032. */
export function findHiveProgress(db: Db): HiveProgressView {
  const s = findLatestPublishedSnapshot(db);
  if (!s) return null;
  const names = new Map(listUnitsByCodes(db, s.content.hives.map((h) => h.communeCode)).map((u) => [u.code, u]));
  const hives = s.content.hives.map((h) => ({ ...h, nameKm: names.get(h.communeCode)?.nameKm ?? h.communeCode, nameLatin: names.get(h.communeCode)?.nameLatin ?? h.communeCode, districtCode: h.communeCode.slice(0, 4) }));
  return { snapshot: summaryOf(s), deadline: INDEPENDENCE_DEADLINE, hives };
}

export type AnnualSummary = {
  year: number;
  snapshot: PublishedSnapshotSummary;
  /** False until the fourth quarter is published: the figures are then for the year so far. */
  complete: boolean;
  period: ReportPeriod;
  figures: HeadlineFigure[];
  services: NonNullable<ServicesByType>['rows'];
  hives: NonNullable<HiveProgressView>['hives'];
  provinces: { code: string; nameKm: string; nameLatin: string }[];
} | null;

/** What the printable annual summary shows: the year's latest publication, whole year or year to date. */
export function findAnnualSummary(db: Db, params: { year: number }): AnnualSummary {
  const s = findLatestPublishedSnapshot(db, { year: params.year });
  if (!s) return null;
  const services = findServicesByType(db, { snapshotId: s.id })?.rows ?? [];
  const names = new Map(listUnitsByCodes(db, [...s.content.provinces, ...s.content.hives.map((h) => h.communeCode)]).map((u) => [u.code, u]));
  return {
    year: params.year,
    snapshot: summaryOf(s),
    complete: s.content.throughQuarter === 4,
    period: { year: s.content.year, from: 1, to: s.content.throughQuarter },
    figures: s.content.headline,
    services,
    hives: s.content.hives.map((h) => ({ ...h, nameKm: names.get(h.communeCode)?.nameKm ?? h.communeCode, nameLatin: names.get(h.communeCode)?.nameLatin ?? h.communeCode, districtCode: h.communeCode.slice(0, 4) })),
    provinces: s.content.provinces.map((code) => ({ code, nameKm: names.get(code)?.nameKm ?? code, nameLatin: names.get(code)?.nameLatin ?? code })),
  };
}
