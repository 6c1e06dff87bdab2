import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamps } from './columns';
import { programmes } from './programmes';
import { users } from './users';

/**
 * A gift as the finance staff record it after it arrived (payments happen outside Kruosar). Never edited or
 * deleted: a receipt once issued stays what it said.
 */
export const gifts = sqliteTable(
  'gifts',
  {
    id: id(),
    /** A running number, never reused; the receipt number is made from it and the gift's year. */
    receiptSerial: integer('receipt_serial').notNull(),
    receiptNumber: text('receipt_number').notNull(),
    donorId: text('donor_id').notNull().references(() => users.id),
    givenOn: text('given_on').notNull(),
    /** In the currency's minor unit: US cents, whole riel. */
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency', { enum: ['USD', 'KHR'] }).notNull(),
    programmeId: text('programme_id').notNull().references(() => programmes.id),
    note: text('note').notNull().default(''),
    recordedById: text('recorded_by_id').notNull().references(() => users.id),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('gifts_receipt_serial_idx').on(t.receiptSerial),
    uniqueIndex('gifts_receipt_number_idx').on(t.receiptNumber),
    index('gifts_donor_idx').on(t.donorId, t.givenOn),
  ],
);

/** A donor's mail address and whether they want the quarterly update. */
export const donorPreferences = sqliteTable('donor_preferences', {
  userId: text('user_id')
    .primaryKey()
    .references(() => users.id),
  email: text('email').notNull().default(''),
  quarterlyUpdates: integer('quarterly_updates', { mode: 'boolean' }).notNull().default(false),
  updatedAt: text('updated_at').notNull(),
});

/**
 * The organisation's giving settings, one row (id 'giving'): the giving page donors are sent to, and the secret
 * unsubscribe links are signed with (made at random on first use, so a link cannot be made up for someone else).
 */
export const givingSettings = sqliteTable('giving_settings', {
  id: text('id').primaryKey(),
  givingPageUrl: text('giving_page_url').notNull().default(''),
  unsubscribeSecret: text('unsubscribe_secret').notNull(),
  updatedAt: text('updated_at'),
  updatedById: text('updated_by_id').references(() => users.id),
});
