import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id } from './columns';
import { users } from './users';

/**
 * Append-only safeguarding record of a volunteer: checks pending (recorded when an application is accepted), a
 * clearance (background check and signed code of conduct), or a revocation after a concern. The latest row is the
 * volunteer's status.
 */
export const safeguardingClearances = sqliteTable(
  'safeguarding_clearances',
  {
    id: id(),
    volunteerId: text('volunteer_id').notNull().references(() => users.id),
    kind: text('kind', { enum: ['pending', 'cleared', 'revoked'] }).notNull(),
    /** Set for 'cleared'. */
    backgroundCheckOn: text('background_check_on'),
    codeOfConductSignedOn: text('code_of_conduct_signed_on'),
    /** Why a clearance was revoked; staff only. */
    reason: text('reason').notNull().default(''),
    recordedBy: text('recorded_by').notNull().references(() => users.id),
    recordedAt: text('recorded_at').notNull(),
  },
  (t) => [index('safeguarding_clearances_volunteer_idx').on(t.volunteerId, t.recordedAt)],
);
