import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { children } from './children';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** Work that reaches children who need not be cases: a community centre, a mobile clinic, a group. */
export const programmes = sqliteTable('programmes', {
  id: id(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  createdById: text('created_by_id').notNull().references(() => users.id),
  archivedAt: archivedAt(),
  version: version(),
  ...timestamps(),
});

/** Where a programme meets: a centre, or a village the team goes to for an outreach day. */
export const programmeSites = sqliteTable(
  'programme_sites',
  {
    id: id(),
    programmeId: text('programme_id').notNull().references(() => programmes.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    villageCode: text('village_code').notNull(),
    communeCode: text('commune_code').notNull(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('programme_sites_programme_idx').on(t.programmeId)],
);

/** One day's session at a site: what was done, who ran it, how many meals were served. */
export const programmeSessions = sqliteTable(
  'programme_sessions',
  {
    id: id(),
    programmeId: text('programme_id').notNull().references(() => programmes.id),
    siteId: text('site_id').notNull().references(() => programmeSites.id),
    heldOn: text('held_on').notNull(),
    activity: text('activity').notNull(),
    staffId: text('staff_id').notNull().references(() => users.id),
    mealsServed: integer('meals_served'),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('programme_sessions_programme_idx').on(t.programmeId, t.heldOn), index('programme_sessions_site_idx').on(t.siteId, t.heldOn)],
);

/**
 * A child who comes to a programme, registered lightly (a year of birth, a guardian to reach, their consent). A
 * child who is also a case is linked to that child's record, so they are one person in every count.
 */
export const participants = sqliteTable(
  'participants',
  {
    id: id(),
    /** A running number for the code (P-000123) shown where a name may not be. */
    serial: integer('serial').notNull().unique(),
    givenNameKm: text('given_name_km').notNull(),
    familyNameKm: text('family_name_km').notNull(),
    givenNameLatin: text('given_name_latin').notNull(),
    familyNameLatin: text('family_name_latin').notNull(),
    /** Lower-cased Latin and Khmer names in one string, for partial-match search. */
    searchText: text('search_text').notNull(),
    sex: text('sex').notNull(),
    birthYear: integer('birth_year').notNull(),
    villageCode: text('village_code').notNull(),
    communeCode: text('commune_code').notNull(),
    guardianName: text('guardian_name').notNull().default(''),
    guardianPhone: text('guardian_phone').notNull().default(''),
    consentOn: text('consent_on').notNull(),
    childId: text('child_id').references(() => children.id),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('participants_commune_idx').on(t.communeCode, t.birthYear), index('participants_child_idx').on(t.childId)],
);

/** Who came to a session. */
export const sessionAttendance = sqliteTable(
  'session_attendance',
  {
    sessionId: text('session_id').notNull().references(() => programmeSessions.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    recordedById: text('recorded_by_id').notNull().references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.participantId] }), index('session_attendance_participant_idx').on(t.participantId)],
);
