import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';

/**
 * A commune that has a Village Hive, with the milestones staff judge (the counted ones come from the hive's
 * records). One row a commune.
 */
export const hiveCommunes = sqliteTable(
  'hive_communes',
  {
    id: id(),
    communeCode: text('commune_code').notNull(),
    committeeFormed: integer('committee_formed', { mode: 'boolean' }).notNull(),
    volunteersTarget: integer('volunteers_target').notNull(),
    budgetLineAdopted: integer('budget_line_adopted', { mode: 'boolean' }).notNull(),
    referralPathwayMapped: integer('referral_pathway_mapped', { mode: 'boolean' }).notNull(),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [uniqueIndex('hive_communes_commune_idx').on(t.communeCode)],
);
