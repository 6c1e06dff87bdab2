// Mail reminding volunteers of a shift 24 hours before it starts: queued in the outbox by the background sweep,
// once a place, in the volunteer's language, to the address they applied with.
import { and, eq, gte, isNull, lte } from 'drizzle-orm';
import { cambodiaToday, shiftReminderDue, shiftReminderMail } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { geoUnits, staffEmailPreferences, users, volunteerOpportunities, volunteerSignups } from '../schema/index';
import { enqueueEmail } from './email-outbox';

/**
 * Queues the reminders now due (shift starting within 24 hours) for confirmed places not yet reminded. A place still
 * waiting for safeguarding gets none: the volunteer cannot work that shift yet. Returns how many were queued.
 */
export function queueShiftReminders(db: Db, now: Date): number {
  const today = cambodiaToday(now);
  const tomorrow = cambodiaToday(new Date(now.getTime() + 86_400_000));
  const candidates = db
    .select({
      signupId: volunteerSignups.id,
      email: staffEmailPreferences.email,
      locale: users.locale,
      title: volunteerOpportunities.title,
      shiftDate: volunteerOpportunities.shiftDate,
      startTime: volunteerOpportunities.startTime,
      endTime: volunteerOpportunities.endTime,
      communeCode: volunteerOpportunities.communeCode,
      nameKm: geoUnits.nameKm,
      nameLatin: geoUnits.nameLatin,
    })
    .from(volunteerSignups)
    .innerJoin(volunteerOpportunities, eq(volunteerOpportunities.id, volunteerSignups.opportunityId))
    .innerJoin(users, eq(users.id, volunteerSignups.volunteerId))
    .innerJoin(staffEmailPreferences, eq(staffEmailPreferences.userId, users.id))
    .leftJoin(geoUnits, eq(geoUnits.code, volunteerOpportunities.communeCode))
    .where(
      and(
        eq(volunteerSignups.status, 'confirmed'),
        isNull(volunteerSignups.reminderQueuedAt),
        isNull(volunteerOpportunities.cancelledAt),
        isNull(users.archivedAt),
        // Only today's and tomorrow's shifts can start within 24 hours; the exact test is the domain's.
        gte(volunteerOpportunities.shiftDate, today),
        lte(volunteerOpportunities.shiftDate, tomorrow),
      ),
    )
    .all()
    .filter((c) => shiftReminderDue(c, now));
  let queued = 0;
  for (const c of candidates) {
    inTransaction(db, (tx) => {
      // Marked in the same transaction as the mail: a sweep running twice never queues a second one.
      const marked = tx.update(volunteerSignups).set({ reminderQueuedAt: now.toISOString() }).where(and(eq(volunteerSignups.id, c.signupId), isNull(volunteerSignups.reminderQueuedAt))).run();
      if (marked.changes !== 1) return;
      const place = (c.locale === 'km' ? c.nameKm : c.nameLatin) ?? c.communeCode;
      const mail = shiftReminderMail({ title: c.title, shiftDate: c.shiftDate, startTime: c.startTime, endTime: c.endTime, place }, { locale: c.locale, link: '{portal}/supporters/volunteer' });
      enqueueEmail(tx, { toAddress: c.email, kind: 'shift_reminder', ...mail }, now);
      queued++;
    });
  }
  return queued;
}
