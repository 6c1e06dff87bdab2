// Cambodia's administrative units keyed by NCDD code: province 2 digits, district 4, commune 6, village 8.
import { z } from 'zod';

export const geoLevels = ['province', 'district', 'commune', 'village'] as const;
export type GeoLevel = (typeof geoLevels)[number];
export const codeLength: Record<GeoLevel, number> = { province: 2, district: 4, commune: 6, village: 8 };

export const ProvinceCode = z.string().regex(/^\d{2}$/, 'A province code has 2 digits');
export const DistrictCode = z.string().regex(/^\d{4}$/, 'A district code has 4 digits');
export const CommuneCode = z.string().regex(/^\d{6}$/, 'A commune code has 6 digits');
export const VillageCode = z.string().regex(/^\d{8}$/, 'A village code has 8 digits');

export const GeoUnit = z.object({
  code: z.string().regex(/^\d{2}(\d{2}){0,3}$/),
  level: z.enum(geoLevels),
  parentCode: z.string().nullable(),
  nameKm: z.string(),
  nameLatin: z.string(),
  unitKm: z.string().nullable(),
  unitLatin: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
});
export type GeoUnit = z.infer<typeof GeoUnit>;

/** One row of a gazetteer file (docs/gazetteer.md describes the shape). */
export const GazetteerRow = z.object({
  code: z.string().regex(/^\d+$/),
  km: z.string().min(1),
  latin: z.string().min(1),
  unit: z.string().optional(),
  unitKm: z.string().optional(),
  lat: z.number().optional(),
  lng: z.number().optional(),
});
export type GazetteerRow = z.infer<typeof GazetteerRow>;

export const GazetteerFile = z.object({
  source: z.string().optional(),
  licence: z.string().optional(),
  provinces: z.array(GazetteerRow),
  districts: z.array(GazetteerRow),
  communes: z.array(GazetteerRow),
  villages: z.array(GazetteerRow),
});
export type GazetteerFile = z.infer<typeof GazetteerFile>;

export function levelOfCode(code: string): GeoLevel | undefined {
  return geoLevels.find((l) => codeLength[l] === code.length);
}

export function parentCodeOf(code: string): string | null {
  return code.length > 2 ? code.slice(0, code.length - 2) : null;
}

/**
 * Turn a gazetteer into units, parents first, and list every row whose code does not fit its level
 * or whose parent is missing, so a bad file is refused whole instead of half-imported.
 */
export function unitsFromGazetteer(file: GazetteerFile): { units: GeoUnit[]; problems: string[] } {
  const units: GeoUnit[] = [];
  const problems: string[] = [];
  const known = new Set<string>();
  const sections: [GeoLevel, GazetteerRow[]][] = [
    ['province', file.provinces],
    ['district', file.districts],
    ['commune', file.communes],
    ['village', file.villages],
  ];
  for (const [level, rows] of sections) {
    for (const row of rows) {
      if (row.code.length !== codeLength[level]) {
        problems.push(`${level} ${row.code}: a ${level} code has ${codeLength[level]} digits`);
        continue;
      }
      const parentCode = parentCodeOf(row.code);
      if (parentCode && !known.has(parentCode)) {
        problems.push(`${level} ${row.code}: its parent ${parentCode} is not in the file`);
        continue;
      }
      if (known.has(row.code)) {
        problems.push(`${level} ${row.code}: the code appears twice`);
        continue;
      }
      known.add(row.code);
      units.push({
        code: row.code,
        level,
        parentCode,
        nameKm: row.km,
        nameLatin: row.latin,
        unitKm: row.unitKm ?? null,
        unitLatin: row.unit ?? null,
        lat: row.lat ?? null,
        lng: row.lng ?? null,
      });
    }
  }
  return { units, problems };
}
