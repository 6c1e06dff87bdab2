import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** A children's or parents' committee of a commune, or of a centre or school in it (place). */
export const committees = sqliteTable(
  'committees',
  {
    id: id(),
    communeCode: text('commune_code').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    place: text('place').notNull().default(''),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('committees_commune_idx').on(t.communeCode)],
);
