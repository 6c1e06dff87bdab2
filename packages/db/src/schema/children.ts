import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';

export const children = sqliteTable(
  'children',
  {
    id: id(),
    givenNameKm: text('given_name_km').notNull(),
    familyNameKm: text('family_name_km').notNull(),
    givenNameLatin: text('given_name_latin').notNull(),
    familyNameLatin: text('family_name_latin').notNull(),
    /** Lower-cased Latin and Khmer names in one string, for partial-match search. */
    searchText: text('search_text').notNull(),
    sex: text('sex').notNull(),
    dateOfBirth: text('date_of_birth').notNull(),
    dateOfBirthEstimated: integer('date_of_birth_estimated', { mode: 'boolean' }).notNull().default(false),
    disability: text('disability').notNull(),
    schoolStatus: text('school_status').notNull(),
    birthRegistration: text('birth_registration').notNull(),
    photoConsent: integer('photo_consent', { mode: 'boolean' }).notNull().default(false),
    notes: text('notes').notNull().default(''),
    archivedAt: archivedAt(),
    /** Set on the tombstone of a record merged into another (`record_merges`); an undo clears it. */
    mergedIntoId: text('merged_into_id'),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    index('children_dob_idx').on(t.dateOfBirth),
    // The caseload sorted by name walks this index and stops at the page, instead of sorting every child.
    index('children_name_idx').on(t.familyNameLatin, t.givenNameLatin),
  ],
);
