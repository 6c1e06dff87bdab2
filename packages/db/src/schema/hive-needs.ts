import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** A need a commune volunteer registered. The id is made on the phone, so a resend stores nothing new. */
export const hiveNeeds = sqliteTable(
  'hive_needs',
  {
    id: text('id').primaryKey(),
    volunteerId: text('volunteer_id').notNull().references(() => users.id),
    communeCode: text('commune_code').notNull(),
    villageCode: text('village_code').notNull(),
    category: text('category').notNull(),
    urgency: text('urgency').notNull(),
    description: text('description').notNull(),
    contactName: text('contact_name').notNull().default(''),
    contactPhone: text('contact_phone').notNull().default(''),
    consentToContact: integer('consent_to_contact', { mode: 'boolean' }).notNull(),
    /** SHA-256 of the submitted content: a replayed id with different content is refused. */
    contentHash: text('content_hash').notNull(),
    status: text('status').notNull(),
    messageToVolunteer: text('message_to_volunteer').notNull().default(''),
    caseId: text('case_id'),
    /** Set when the need was referred: one of needReferralAgencies, and the agency's own name if given. */
    referralAgency: text('referral_agency'),
    referralAgencyName: text('referral_agency_name').notNull().default(''),
    /** triagePriority() of the need (abuse, then urgency, then oldest), so the queue is ordered in SQL. */
    triagePriority: integer('triage_priority'),
    reportedAt: text('reported_at').notNull(),
    receivedAt: text('received_at').notNull(),
    triagedBy: text('triaged_by'),
    triagedAt: text('triaged_at'),
    /** The member of staff who registered the need from the volunteer's phone call; null when sent from the app. */
    phonedInBy: text('phoned_in_by').references(() => users.id),
    version: integer('version').notNull().default(0),
  },
  (t) => [
    index('hive_needs_commune_idx').on(t.communeCode, t.status),
    index('hive_needs_volunteer_idx').on(t.volunteerId),
    index('hive_needs_queue_idx').on(t.status, t.triagePriority),
    index('hive_needs_reported_idx').on(t.communeCode, t.reportedAt),
  ],
);
