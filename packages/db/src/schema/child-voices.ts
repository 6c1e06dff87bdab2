import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { id } from './columns';
import { users } from './users';

/**
 * The child's views at an assessment, a placement decision or a closure: their own words, or why they could not
 * be asked, which a supervisor acknowledges (reviewedById, reviewedAt). Recorded again, the latest row counts.
 */
export const childVoices = sqliteTable(
  'child_voices',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    occasion: text('occasion').notNull(),
    recordId: text('record_id').notNull(),
    views: text('views').notNull().default(''),
    notAskedReason: text('not_asked_reason'),
    notAskedNote: text('not_asked_note').notNull().default(''),
    recordedById: text('recorded_by_id').notNull().references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
    reviewedById: text('reviewed_by_id').references(() => users.id),
    reviewedAt: text('reviewed_at'),
  },
  (t) => [index('child_voices_record_idx').on(t.recordId, t.recordedAt), index('child_voices_review_idx').on(t.reviewedAt, t.notAskedReason)],
);
