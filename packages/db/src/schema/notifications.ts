import { sql } from 'drizzle-orm';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { users } from './users';

/**
 * An in-app alert for one staff member (assignment, returned work, a decision, a referral, a new high-risk case,
 * an overdue first contact). `dedupeKey` makes a repeated sweep add nothing: one alert per event and person.
 */
export const notifications = sqliteTable(
  'notifications',
  {
    id: id(),
    userId: text('user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    /** The case it is about (its reference is in `detail`); null for alerts about no case. */
    caseId: text('case_id'),
    /** Where the person acts, as a path in the staff portal. */
    link: text('link').notNull(),
    detail: text('detail', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: text('created_at').notNull(),
    readAt: text('read_at'),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    // The header's unread count reads only unread rows.
    index('notifications_unread_idx').on(t.userId).where(sql`read_at is null`),
    index('notifications_dedupe_idx').on(t.dedupeKey, t.userId),
  ],
);
