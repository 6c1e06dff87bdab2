import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { cases } from './cases';
import { archivedAt, id, timestamps, version } from './columns';
import { users } from './users';

/** A referral to a partner agency (with consent: who gave it, when, who recorded it) or to a colleague. */
export const referrals = sqliteTable(
  'referrals',
  {
    id: id(),
    caseId: text('case_id').notNull().references(() => cases.id),
    kind: text('kind').notNull(),
    agencyKind: text('agency_kind'),
    agencyName: text('agency_name').notNull().default(''),
    toUserId: text('to_user_id').references(() => users.id),
    reason: text('reason').notNull(),
    referredOn: text('referred_on').notNull(),
    consentGiven: integer('consent_given', { mode: 'boolean' }).notNull().default(false),
    consentGivenBy: text('consent_given_by'),
    consentRecordedOn: text('consent_recorded_on'),
    consentRecordedById: text('consent_recorded_by_id').references(() => users.id),
    status: text('status').notNull(),
    respondedOn: text('responded_on'),
    outcome: text('outcome').notNull().default(''),
    createdById: text('created_by_id').notNull().references(() => users.id),
    archivedAt: archivedAt(),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('referrals_case_idx').on(t.caseId, t.referredOn), index('referrals_to_user_idx').on(t.toUserId, t.status)],
);
