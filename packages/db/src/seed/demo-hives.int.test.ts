import { afterEach, describe, expect, it } from 'vitest';
import { independenceIndex, progressTo2032 } from '@kruosar/domain';
import { createTestDatabase } from '../testing/index';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { hiveCommitteeMembers, hiveCommunes, hiveIndependenceHistory, hiveMeetings, hiveNeeds, hiveVolunteers } from '../schema/index';
import { upsertGeoUnits } from '../repositories/geography';
import { listHives } from '../repositories/hive-communes';
import { judgementOf, loadHiveFacts, milestonesOf } from '../repositories/hive-facts';
import { battambangDemoUnits, demoCommuneCodes } from './battambang';
import { ensureDemoUsers } from './demo-users';
import { seedDemoNeeds } from './demo-hive-needs';
import { seedDemoHives } from './demo-hives';
import { createRandom } from './random';

const now = new Date('2026-06-15T03:00:00.000Z');
const countHives = (db: Db) => db.select().from(hiveCommunes).all().length;
const opened: (() => void)[] = [];
afterEach(() => opened.splice(0).forEach((cleanup) => cleanup()));

async function seeded(): Promise<{ db: Db; added: number; ids: Map<string, string> }> {
  const { db, cleanup } = createTestDatabase();
  opened.push(cleanup);
  inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
  const { ids } = await ensureDemoUsers(db, { now, hashPassword: async (pw) => `test$${pw}` });
  const [first, second] = demoCommuneCodes;
  const villages = (code: string) => battambangDemoUnits().filter((u) => u.parentCode === code).map((u) => u.code);
  seedDemoNeeds(db, {
    random: createRandom(1),
    now,
    volunteers: { hive: { id: ids.get('hive')!, communeCode: first, villages: villages(first) }, hive2: { id: ids.get('hive2')!, communeCode: second, villages: villages(second) } },
    caseworkerOf: () => ids.get('caseworker')!,
  });
  return { db, added: seedDemoHives(db, { now, userIds: ids }), ids };
}

describe('seedDemoHives', () => {
  it("gives the two hive volunteers' communes a committee, volunteers, meetings and a rising index", async () => {
    const { db, added, ids } = await seeded();
    expect(added).toBe(2);
    expect(db.select().from(hiveCommunes).all().map((h) => h.communeCode).sort()).toEqual(demoCommuneCodes.slice(0, 2).sort());
    const names = [...db.select().from(hiveCommitteeMembers).all(), ...db.select().from(hiveVolunteers).all()].map((p) => p.name);
    expect(names.length).toBeGreaterThan(20);
    expect(names.every((n) => n.endsWith(' (demo)'))).toBe(true);
    expect(db.select().from(hiveVolunteers).all().filter((v) => v.userId).map((v) => v.userId).sort()).toEqual([ids.get('hive'), ids.get('hive2')].sort());
    expect(db.select().from(hiveMeetings).all().length).toBeGreaterThan(12);

    for (const communeCode of demoCommuneCodes.slice(0, 2)) {
      const history = db.select().from(hiveIndependenceHistory).all().filter((p) => p.communeCode === communeCode).sort((a, b) => a.recordedOn.localeCompare(b.recordedOn));
      expect(history.length).toBeGreaterThanOrEqual(5);
      for (const [i, point] of history.entries()) {
        expect(point.independenceIndex).toBe(independenceIndex(point.milestones));
        if (i > 0) expect(point.independenceIndex).toBeGreaterThanOrEqual(history[i - 1]!.independenceIndex);
      }
      expect(history.at(-1)!.independenceIndex).toBeGreaterThan(history[0]!.independenceIndex + 20);
      expect(history.at(-1)!.recordedOn).toBe('2026-06-15');
      expect(progressTo2032(history.map((p) => ({ date: p.recordedOn, index: p.independenceIndex })), '2026-06-15').status).not.toBe('not_enough_history');
    }
    // The latest point is what the records say today.
    for (const summary of listHives(db, { scope: { communeCodes: 'all', identified: false }, now })) {
      const facts = loadHiveFacts(db, [summary.communeCode], '2026-06-15').get(summary.communeCode)!;
      expect(summary.latestIndex).toBe(independenceIndex(milestonesOf(judgementOf(facts.hive), facts.counts)));
      expect(summary.counts.volunteersTrained).toBeGreaterThan(0);
    }
    // The demo needs get their place in the triage queue.
    expect(db.select().from(hiveNeeds).all().every((n) => n.triagePriority !== null)).toBe(true);
  });

  it('gives the same hives on every run and adds nothing the second time', async () => {
    const a = await seeded();
    const b = await seeded();
    const shape = (db: Db) => ({
      committee: db.select().from(hiveCommitteeMembers).all().map(({ id, name, committeeRole, phone }) => [id, name, committeeRole, phone]),
      history: db.select().from(hiveIndependenceHistory).all().map(({ communeCode, recordedOn, independenceIndex: index }) => [communeCode, recordedOn, index]),
      meetings: db.select().from(hiveMeetings).all().map(({ heldOn, attendeesCount }) => [heldOn, attendeesCount]),
    });
    expect(shape(b.db)).toEqual(shape(a.db));
    expect(seedDemoHives(a.db, { now, userIds: a.ids })).toBe(0);
    expect(countHives(a.db)).toBe(2);
  });
});
