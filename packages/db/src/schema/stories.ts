import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/**
 * A story for supporters, written by staff under a pseudonym (its text lives in story_versions). Published only
 * after a second person's review and while the recorded consent of guardian and child holds.
 */
export const stories = sqliteTable(
  'stories',
  {
    id: id(),
    status: text('status', { enum: ['draft', 'in_review', 'approved', 'published', 'withdrawn'] }).notNull(),
    /** The latest story_versions row. */
    currentVersionId: text('current_version_id').notNull(),
    authorId: text('author_id').notNull().references(() => users.id),
    guardianConsentOn: text('guardian_consent_on').notNull(),
    childConsentOn: text('child_consent_on').notNull(),
    /** Consent ends at the end of this day (Cambodia time); the story leaves the public page then, read by read. */
    consentExpiresOn: text('consent_expires_on').notNull(),
    consentWithdrawnAt: text('consent_withdrawn_at'),
    consentWithdrawnBy: text('consent_withdrawn_by').references(() => users.id),
    submittedBy: text('submitted_by').references(() => users.id),
    submittedAt: text('submitted_at'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: text('reviewed_at'),
    /** The version the reviewer approved; publishing shows exactly that one. */
    reviewedVersionId: text('reviewed_version_id'),
    returnReason: text('return_reason'),
    publishedBy: text('published_by').references(() => users.id),
    publishedAt: text('published_at'),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('stories_status_idx').on(t.status, t.publishedAt)],
);
