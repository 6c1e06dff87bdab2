import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/index';
import { carerSummaries, carerFilters } from '../repositories/carers';
import { seedDemo } from './demo';

const now = new Date('2026-06-15T03:00:00.000Z');

describe('demo families and carers', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);

  it('puts some siblings in one household, gives every child a stay there, and adds carers once', async () => {
    await seedDemo(db, { children: 120, now, hashPassword: async (pw) => `test$${pw}` });
    const shared = db.get<{ n: number }>(sql`select count(*) as n from (select household_id from cases group by household_id having count(*) > 1)`)!.n;
    expect(shared).toBeGreaterThan(5);
    const withoutStay = db.get<{ n: number }>(sql`select count(*) as n from cases c where not exists (select 1 from household_stays s where s.child_id = c.child_id and s.household_id = c.household_id and s.to_date is null)`)!.n;
    expect(withoutStay).toBe(0);
    const emergency = carerSummaries(db, carerFilters({ emergencyAvailable: true }));
    expect(emergency.map((c) => c.name).sort()).toEqual(['Heng Sopheap (demo)', 'Meas Chantha (demo)']);
    expect(carerSummaries(db, undefined).every((c) => c.name.endsWith('(demo)'))).toBe(true);
    // Seeding again adds nothing.
    const before = db.get<{ n: number }>(sql`select count(*) as n from carers`)!.n;
    await seedDemo(db, { children: 120, now, hashPassword: async (pw) => `test$${pw}` });
    expect(db.get<{ n: number }>(sql`select count(*) as n from carers`)!.n).toBe(before);
  }, 60_000);
});
