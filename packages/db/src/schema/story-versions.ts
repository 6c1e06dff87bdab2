import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { stories } from './stories';
import { users } from './users';

/** Append-only: every edit of a story is a new version, so a review names exactly the text it approved. */
export const storyVersions = sqliteTable(
  'story_versions',
  {
    id: id(),
    storyId: text('story_id').notNull().references(() => stories.id),
    number: integer('number').notNull(),
    locale: text('locale').notNull(),
    title: text('title').notNull(),
    pseudonym: text('pseudonym').notNull(),
    /** Province code (2 digits) or null: never a finer place. */
    provinceCode: text('province_code'),
    body: text('body').notNull(),
    editedBy: text('edited_by').notNull().references(() => users.id),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('story_versions_story_idx').on(t.storyId, t.number)],
);
