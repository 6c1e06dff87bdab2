import { index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const geoUnits = sqliteTable(
  'geo_units',
  {
    code: text('code').primaryKey(),
    level: text('level', { enum: ['province', 'district', 'commune', 'village'] }).notNull(),
    parentCode: text('parent_code'),
    nameKm: text('name_km').notNull(),
    nameLatin: text('name_latin').notNull(),
    unitKm: text('unit_km'),
    unitLatin: text('unit_latin'),
    lat: real('lat'),
    lng: real('lng'),
  },
  (t) => [index('geo_units_parent_idx').on(t.parentCode), index('geo_units_level_idx').on(t.level)],
);
