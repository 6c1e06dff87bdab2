import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';

/** A residential care facility children live in; its district and province follow from the commune code. */
export const institutions = sqliteTable(
  'institutions',
  {
    id: id(),
    name: text('name').notNull(),
    type: text('type').notNull(),
    communeCode: text('commune_code').notNull(),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('institutions_commune_idx').on(t.communeCode)],
);
