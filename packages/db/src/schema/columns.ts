// Columns every aggregate table shares: a text UUID key, a version for optimistic concurrency, timestamps.
import { integer, text } from 'drizzle-orm/sqlite-core';

export const id = () => text('id').primaryKey();
export const version = () => integer('version').notNull().default(0);
export const timestamps = () => ({
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
/** Nothing is hard-deleted by users: archived rows are hidden and can be restored. */
export const archivedAt = () => text('archived_at');
