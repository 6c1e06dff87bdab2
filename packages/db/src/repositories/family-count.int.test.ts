// Families supported are counted by household: brothers and sisters with a case each are one family.
import { afterAll, describe, expect, it } from 'vitest';
import { CaseIntakeInput } from '@kruosar/domain';
import { inTransaction } from '../client';
import { battambangDemoUnits } from '../seed/battambang';
import { createTestDatabase } from '../testing/index';
import { registerCase } from './cases';
import { upsertGeoUnits } from './geography';
import { rawCountOf } from './snapshot-counts';
import { loadSnapshotFacts } from './snapshot-facts';

const now = new Date('2026-05-10T03:00:00.000Z');
const intake = (givenNameLatin: string, villageCode: string) =>
  CaseIntakeInput.parse({
    child: { givenNameKm: 'ស្រី', familyNameKm: 'ពៅ', givenNameLatin, familyNameLatin: 'Pov', sex: 'female', dateOfBirth: '2016-01-01', schoolStatus: 'enrolled', birthRegistration: 'registered' },
    household: { villageCode, idPoor: 'level_1' },
    source: 'intake',
    riskLevel: 'medium',
  });

describe('families supported', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);

  it('counts two siblings with a case each as one family, and another household as a second', () => {
    inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
    const village = '02030301';
    const first = registerCase(db, { input: intake('Srey (demo)', village), actorId: null, assignedTo: null, now });
    const householdId = db.$client.prepare('select household_id as id from cases where id = ?').get(first.caseId) as { id: string };
    registerCase(db, { input: intake('Nita (demo)', village), actorId: null, assignedTo: null, now, existingHousehold: { id: householdId.id, villageCode: village } });
    const families = () => {
      const facts = loadSnapshotFacts(db);
      const source = facts.sources.find((s) => s.indicator.id === 'families_supported')!;
      return rawCountOf(source.spells, source.indicator.additiveOverTime, new Set(facts.communes))('02', { year: 2026, from: 2, to: 2 });
    };
    expect(families()).toBe(1);
    registerCase(db, { input: intake('Mony (demo)', village), actorId: null, assignedTo: null, now });
    expect(families()).toBe(2);
  });
});
