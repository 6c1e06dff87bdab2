// The demo's children's voices: one complaint from a family, sent from the hive form, answered and closed by a
// supervisor. The second supervisor is the demo's safeguarding lead (set in demo-users.ts).
import { sql } from 'drizzle-orm';
import { addDays, cambodiaToday } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { feedback } from '../schema/index';
import { appendAudit } from '../repositories/audit';
import { demoCommuneCodes } from './battambang';

export const DEMO_COMPLAINT_ID = '0d3e5c1a-7b2f-4c8e-9a61-5f0d2b7c9e15';

/** Returns how many were added (0 when the demo feedback was already there). */
export function seedDemoFeedback(db: Db, params: { now: Date; userIds: Map<string, string> }): number {
  if ((db.select({ n: sql<number>`count(*)` }).from(feedback).get()?.n ?? 0) > 0) return 0;
  const today = cambodiaToday(params.now);
  const at = params.now.toISOString();
  return inTransaction(db, (tx) => {
    tx.insert(feedback)
      .values({
        id: DEMO_COMPLAINT_ID,
        kind: 'complaint',
        channel: 'hive_form',
        fromWho: 'family_member',
        words: 'We were told someone would bring the school uniforms, but nobody came for a month (demo).',
        concerns: 'School support (demo)',
        answerWay: 'through_volunteer',
        contactConsent: false,
        contact: '',
        receivedOn: addDays(today, -20),
        communeCode: demoCommuneCodes[0]!,
        recordedById: params.userIds.get('hive')!,
        status: 'closed',
        answer: 'We are sorry for the wait. The uniforms were brought on a visit, and the volunteer told the family (demo).',
        answeredOn: addDays(today, -12),
        answeredById: params.userIds.get('supervisor')!,
        closedOn: addDays(today, -10),
        version: 2,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    appendAudit(tx, { actorId: params.userIds.get('hive')!, portal: 'seed', action: 'feedback.submit', entity: 'feedback', entityId: DEMO_COMPLAINT_ID, detail: { kind: 'complaint' } }, params.now);
    return 1;
  });
}
