import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** What happened at a visit, call or meeting. A sensitive note's text is for the case team only. */
export const caseNotes = sqliteTable(
  'case_notes',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    kind: text('kind').notNull(),
    happenedOn: text('happened_on').notNull(),
    contactWith: text('contact_with').notNull().default(''),
    text: text('text').notNull(),
    sensitive: integer('sensitive', { mode: 'boolean' }).notNull().default(false),
    authorId: text('author_id').notNull().references(() => users.id),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.happenedOn)],
);
