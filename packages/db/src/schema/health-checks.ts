import { index, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { id, timestamps, version } from './columns';
import { participants, programmeSessions } from './programmes';
import { users } from './users';

/**
 * A child's weight and height at an outreach session, the growth indication computed from them, and a referral to a
 * health centre when the team made one, with its outcome recorded later. One check per child and session.
 */
export const healthChecks = sqliteTable(
  'health_checks',
  {
    id: id(),
    sessionId: text('session_id').notNull().references(() => programmeSessions.id),
    participantId: text('participant_id').notNull().references(() => participants.id),
    weightKg: real('weight_kg').notNull(),
    heightCm: real('height_cm').notNull(),
    bmi: real('bmi').notNull(),
    /** ok | watch | concern, from the domain's growth rules at the time of the check. */
    indication: text('indication').notNull(),
    /** The growth flags, comma-separated (weight_loss,no_gain...). */
    flags: text('flags').notNull().default(''),
    referredTo: text('referred_to'),
    referralReason: text('referral_reason').notNull().default(''),
    /** referred, then attended or not_attended; null when no referral was made. */
    referralStatus: text('referral_status'),
    referralOutcomeOn: text('referral_outcome_on'),
    referralNote: text('referral_note').notNull().default(''),
    recordedById: text('recorded_by_id').notNull().references(() => users.id),
    version: version(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('health_checks_session_participant_idx').on(t.sessionId, t.participantId),
    index('health_checks_participant_idx').on(t.participantId),
    index('health_checks_referral_idx').on(t.referralStatus),
  ],
);
