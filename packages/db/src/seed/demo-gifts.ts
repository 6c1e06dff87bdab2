// Two gifts of the demo donor, to the community centre and the mobile clinic, so the donor's page and its receipts
// have something to show. Synthetic: the note says so.
import { addDays, cambodiaToday, receiptNumberOf } from '@kruosar/domain';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { gifts, programmes } from '../schema/index';
import { createRandom } from './random';

const GIFTS_SEED = 1616;

/** Once: a database with gifts already is left as it is. Returns the gifts added. */
export function seedDemoGifts(db: Db, params: { now: Date; userIds: Map<string, string> }): number {
  return inTransaction(db, (tx) => {
    if ((tx.get<{ n: number }>(sql`select count(*) as n from gifts`)?.n ?? 0) > 0) return 0;
    const donor = params.userIds.get('donor');
    const admin = params.userIds.get('admin');
    const centre = tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.name, 'Rottanak community centre (demo)')).get();
    const clinic = tx.select({ id: programmes.id }).from(programmes).where(eq(programmes.name, 'Mobile clinic (demo)')).get();
    if (!donor || !admin || !centre || !clinic) return 0;
    const random = createRandom(GIFTS_SEED);
    const today = cambodiaToday(params.now);
    const at = params.now.toISOString();
    const rows = [
      { programmeId: centre.id, givenOn: addDays(today, -100), amountMinor: 25_000, currency: 'USD' as const },
      { programmeId: clinic.id, givenOn: addDays(today, -40), amountMinor: 400_000, currency: 'KHR' as const },
    ].map((g, i) => ({ id: random.uuid(), receiptSerial: i + 1, receiptNumber: receiptNumberOf(g.givenOn, i + 1), donorId: donor, ...g, note: 'Bank transfer (demo)', recordedById: admin, createdAt: at, updatedAt: at }));
    tx.insert(gifts).values(rows).run();
    return rows.length;
  });
}
