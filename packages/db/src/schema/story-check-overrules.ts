import { sql } from 'drizzle-orm';
import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { stories } from './stories';
import { users } from './users';

/**
 * A reviewer's decision that one automatic finding in a story (a name from the records, a village, a date...) may
 * stay, with the reason. Keyed by the finding, so it holds for later versions with the same words.
 */
export const storyCheckOverrules = sqliteTable(
  'story_check_overrules',
  {
    id: id(),
    storyId: text('story_id').notNull().references(() => stories.id),
    /** The finding's key: its kind and its words (StoryHit.key). */
    findingKey: text('finding_key').notNull(),
    reason: text('reason').notNull(),
    overruledBy: text('overruled_by').notNull().references(() => users.id),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [uniqueIndex('story_check_overrules_finding_idx').on(t.storyId, t.findingKey)],
);
