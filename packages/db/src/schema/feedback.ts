import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './columns';
import { users } from './users';

/**
 * Feedback and complaints from children and families. The id is made by the phone for hive submissions (a resend
 * is stored once). Contact details are kept only with consent (checked by the domain schema).
 */
export const feedback = sqliteTable(
  'feedback',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    fromWho: text('from_who').notNull(),
    words: text('words').notNull(),
    concerns: text('concerns').notNull().default(''),
    answerWay: text('answer_way').notNull(),
    contactConsent: integer('contact_consent', { mode: 'boolean' }).notNull().default(false),
    contact: text('contact').notNull().default(''),
    receivedOn: text('received_on').notNull(),
    /** The hive volunteer's commune for hive submissions; null for feedback recorded by staff. */
    communeCode: text('commune_code'),
    recordedById: text('recorded_by_id').notNull().references(() => users.id),
    status: text('status').notNull(),
    answer: text('answer').notNull().default(''),
    answeredOn: text('answered_on'),
    answeredById: text('answered_by_id').references(() => users.id),
    closedOn: text('closed_on'),
    version: version(),
    ...timestamps(),
  },
  (t) => [index('feedback_status_idx').on(t.status, t.receivedOn), index('feedback_kind_idx').on(t.kind, t.status)],
);
