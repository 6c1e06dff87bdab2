import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { tracingRequests } from './tracing-requests';
import { users } from './users';

/**
 * People a tracing request may be matched with, one row per person: household members, hive needs' contacts, and
 * the child and remembered parents of other tracing requests. Rebuilt from `tracing_index_queue`, which triggers
 * fill whenever a source row changes; the names are normalised in the application, which SQL cannot do.
 */
export const tracingPeople = sqliteTable(
  'tracing_people',
  {
    id: id(),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    names: text('names', { mode: 'json' }).$type<string[]>().notNull(),
    birthYear: integer('birth_year'),
    sex: text('sex'),
    placeCode: text('place_code'),
    communeCode: text('commune_code'),
    householdId: text('household_id'),
    caseId: text('case_id'),
    /** What the person is to the record: a member's relationship, "contact", "child" or the remembered relation. */
    role: text('role').notNull(),
  },
  (t) => [index('tracing_people_source_idx').on(t.source, t.sourceId)],
);

/** The name keys of each indexed person (`tracingNameKeys`): a search reads only the people sharing a key. */
export const tracingNameKeys = sqliteTable(
  'tracing_name_keys',
  {
    key: text('key').notNull(),
    personId: text('person_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.personId] }), index('tracing_name_keys_person_idx').on(t.personId)],
);

/** Source rows whose people must be indexed again: filled by triggers, emptied before each search. */
export const tracingIndexQueue = sqliteTable(
  'tracing_index_queue',
  {
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.sourceId] })],
);

/** A caseworker's decision on a proposed match; a rejected pair is never proposed again. */
export const tracingMatchDecisions = sqliteTable(
  'tracing_match_decisions',
  {
    id: id(),
    tracingRequestId: text('tracing_request_id').notNull().references(() => tracingRequests.id),
    source: text('source').notNull(),
    sourceId: text('source_id').notNull(),
    decision: text('decision').notNull(),
    note: text('note').notNull(),
    score: integer('score_permille').notNull(),
    reasons: text('reasons', { mode: 'json' }).$type<string[]>().notNull(),
    decidedById: text('decided_by_id').notNull().references(() => users.id),
    decidedAt: text('decided_at').notNull(),
  },
  (t) => [uniqueIndex('tracing_match_decisions_pair_idx').on(t.tracingRequestId, t.source, t.sourceId)],
);
