import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { children } from './children';
import { archivedAt, id } from './columns';
import { users } from './users';

/** A child's schooling as a history of enrolments, not one overwritten field. */
export const schoolEnrolments = sqliteTable(
  'school_enrolments',
  {
    id: id(),
    childId: text('child_id').notNull().references(() => children.id),
    schoolName: text('school_name').notNull(),
    grade: text('grade').notNull().default(''),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date'),
    createdById: text('created_by_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
    archivedAt: archivedAt(),
  },
  (t) => [index('school_enrolments_child_idx').on(t.childId, t.fromDate)],
);
