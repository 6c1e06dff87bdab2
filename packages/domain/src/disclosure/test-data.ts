// Shared fixtures for the disclosure tests: a small province, indicators and table requests.
import type { GeoContext, ImpactIndicator, TableSpec } from './types';

/** Province 02 with three districts of two, three and four communes. */
export const communes = ['020101', '020102', '020201', '020202', '020203', '020301', '020302', '020303', '020304'];
export const geo = (hive: readonly string[] = communes): GeoContext => ({ communes, hiveCommunes: new Set(hive) });

export const reunified: ImpactIndicator = { id: 'children_reunified', topic: 'reunification', unit: 'person', additiveOverTime: true };
export const needsRegistered: ImpactIndicator = { id: 'hive_needs_registered', topic: 'hive_needs', unit: 'person', additiveOverTime: true };
export const inFamilyCare: ImpactIndicator = { id: 'children_in_family_care', topic: 'placement', unit: 'person', additiveOverTime: false };
export const sessionsHeld: ImpactIndicator = { id: 'sessions_held', topic: 'services', unit: 'event', additiveOverTime: true };

export const spec = (over: Partial<TableSpec> & Pick<TableSpec, 'level' | 'rows'>): TableSpec => ({
  indicator: needsRegistered,
  grain: 'quarter',
  year: 2025,
  throughQuarter: 4,
  rowTotals: true,
  columnTotals: false,
  ...over,
});
