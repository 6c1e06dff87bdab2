import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';

export const households = sqliteTable(
  'households',
  {
    id: id(),
    villageCode: text('village_code').notNull(),
    communeCode: text('commune_code').notNull(),
    idPoor: text('id_poor').notNull(),
    incomeSources: text('income_sources', { mode: 'json' }).$type<string[]>().notNull(),
    address: text('address').notNull().default(''),
    archivedAt: archivedAt(),
    /** Set on the tombstone of a household merged into another (`record_merges`); an undo clears it. */
    mergedIntoId: text('merged_into_id'),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('households_commune_idx').on(t.communeCode)],
);

export const householdMembers = sqliteTable(
  'household_members',
  {
    id: id(),
    householdId: text('household_id').notNull().references(() => households.id),
    nameKm: text('name_km').notNull(),
    nameLatin: text('name_latin').notNull().default(''),
    sex: text('sex').notNull(),
    dateOfBirth: text('date_of_birth'),
    relationship: text('relationship').notNull(),
    isCaregiver: integer('is_caregiver', { mode: 'boolean' }).notNull().default(false),
    phone: text('phone').notNull().default(''),
    position: integer('position').notNull().default(0),
    /** A member who left the household is archived, not deleted: the case history still names them. */
    archivedAt: archivedAt(),
  },
  (t) => [index('household_members_household_idx').on(t.householdId)],
);
