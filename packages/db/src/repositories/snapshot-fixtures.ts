// Test data for snapshot builds: placements, services and closures on existing cases, from a fixed seed.
// Written straight into the tables (the workflow's own rules are tested elsewhere); never used by the app.
import { asc } from 'drizzle-orm';
import { serviceTypes, type PlacementType } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, closures, placements, services } from '../schema/index';
import { createRandom } from '../seed/random';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const family: PlacementType[] = ['biological_family', 'kinship_care', 'foster_care_long_term'];

/**
 * For each case (entered at `recordedAt`, by default when the case was registered): maybe a stay in residential care and a reunification, some services, and for closed cases an
 * approved closure (mostly goals met). Dates fall between registration and `today`.
 */
export function addCaseWorkForSnapshots(db: Db, params: { today: string; actorId: string; seed?: number; recordedAt?: string }): { placements: number; services: number; closures: number } {
  const random = createRandom(params.seed ?? 7);
  const added = { placements: 0, services: 0, closures: 0 };
  const rows = db.select({ id: cases.id, status: cases.status, registeredAt: cases.registeredAt }).from(cases).orderBy(asc(cases.reference)).all();
  inTransaction(db, (tx) => {
    for (const c of rows) {
      const registered = c.registeredAt.slice(0, 10);
      const span = Math.max(1, Math.round((Date.parse(params.today) - Date.parse(registered)) / 86_400_000));
      const recorded = params.recordedAt ?? c.registeredAt;
      const stamp = { createdById: params.actorId, createdAt: recorded, updatedAt: recorded };
      const day = () => addDays(registered, random.int(0, span - 1));
      if (random.chance(0.4)) {
        const start = registered;
        const moved = random.chance(0.7) ? addDays(start, random.int(1, span)) : null;
        const end = moved && moved < params.today ? moved : null;
        tx.insert(placements).values({ id: random.uuid(), caseId: c.id, type: 'residential_care', startDate: start, endDate: end, reason: 'Test (fixture)', ...stamp }).run();
        added.placements++;
        if (end) {
          tx.insert(placements).values({ id: random.uuid(), caseId: c.id, type: random.pick(family), startDate: end, endDate: null, reason: 'Test (fixture)', ...stamp }).run();
          added.placements++;
        }
      } else if (random.chance(0.5)) {
        tx.insert(placements).values({ id: random.uuid(), caseId: c.id, type: random.pick(family), startDate: registered, endDate: null, reason: 'Test (fixture)', ...stamp }).run();
        added.placements++;
      }
      for (let i = random.int(0, 4); i > 0; i--) {
        tx.insert(services).values({ id: random.uuid(), caseId: c.id, type: random.pick(serviceTypes), deliveredOn: day(), provider: 'Test (fixture)', outcome: 'completed', ...stamp }).run();
        added.services++;
      }
      if (c.status === 'closed') {
        const closedOn = day();
        const reason = random.chance(0.8) ? 'goals_met' : 'moved';
        tx.insert(closures).values({ id: random.uuid(), caseId: c.id, reason, closedOn, summary: 'Test (fixture)', approvalState: 'approved', decidedAt: recorded, ...stamp }).run();
        added.closures++;
      }
    }
  });
  return added;
}
