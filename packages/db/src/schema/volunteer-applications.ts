import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { users } from './users';

/**
 * An application to volunteer, sent from the supporters portal without an account. Contact details are only for
 * the coordinators who review it (supervisors, admins). Accepting it makes the volunteer account.
 */
export const volunteerApplications = sqliteTable(
  'volunteer_applications',
  {
    id: id(),
    name: text('name').notNull(),
    contactKind: text('contact_kind', { enum: ['phone', 'email'] }).notNull(),
    /** +855... for a phone, lower-case for an email. */
    contact: text('contact').notNull(),
    skills: text('skills').notNull(),
    availability: text('availability', { mode: 'json' }).$type<string[]>().notNull(),
    languages: text('languages', { mode: 'json' }).$type<string[]>().notNull(),
    locale: text('locale').notNull(),
    safeguardingConsentAt: text('safeguarding_consent_at').notNull(),
    status: text('status', { enum: ['pending', 'accepted', 'declined'] }).notNull(),
    decisionReason: text('decision_reason'),
    decidedBy: text('decided_by').references(() => users.id),
    decidedAt: text('decided_at'),
    volunteerId: text('volunteer_id').references(() => users.id),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('volunteer_applications_status_idx').on(t.status, t.createdAt), index('volunteer_applications_contact_idx').on(t.contact, t.status)],
);
