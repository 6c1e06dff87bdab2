import { index, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { HiveMilestones } from '@kruosar/domain';
import { id } from './columns';
import { users } from './users';

/** Append-only: each time staff record a commune's milestones, the index and what it was computed from. */
export const hiveIndependenceHistory = sqliteTable(
  'hive_independence_history',
  {
    id: id(),
    communeCode: text('commune_code').notNull(),
    recordedOn: text('recorded_on').notNull(),
    independenceIndex: real('independence_index').notNull(),
    milestones: text('milestones', { mode: 'json' }).$type<HiveMilestones>().notNull(),
    recordedBy: text('recorded_by').references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('hive_independence_commune_idx').on(t.communeCode, t.recordedOn)],
);
