// Demo families and carers: some children share a household with a sibling, and a few foster and kinship carers
// (two of them emergency foster carers with a free place). Bulk statements, so it costs little at 100,000 children.
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { carerRecords, carers, carerStatusChanges, householdMembers, households } from '../schema/index';
import { listChildUnits } from '../repositories/geography';
import { demoCommuneCodes } from './battambang';
import { createRandom } from './random';

const FAMILIES_SEED = 1010;
/** One case in this many joins the household of the case registered before it in the same commune. */
const SIBLING_EVERY = 8;

type DemoCarer = { nameKm: string; nameLatin: string; kind: 'foster' | 'kinship'; emergency: boolean; status: 'approved' | 'applicant'; capacity: number; ageMax: number; takesSiblings: boolean; commune: number };
const demoCarers: DemoCarer[] = [
  { nameKm: 'ហេង សុភាព', nameLatin: 'Heng Sopheap (demo)', kind: 'foster', emergency: true, status: 'approved', capacity: 2, ageMax: 12, takesSiblings: true, commune: 0 },
  { nameKm: 'មាស ចន្ថា', nameLatin: 'Meas Chantha (demo)', kind: 'foster', emergency: true, status: 'approved', capacity: 1, ageMax: 17, takesSiblings: false, commune: 3 },
  { nameKm: 'សៅ វណ្ណី', nameLatin: 'Sao Vanny (demo)', kind: 'foster', emergency: false, status: 'approved', capacity: 3, ageMax: 17, takesSiblings: true, commune: 1 },
  { nameKm: 'ឡុង ស្រីពៅ', nameLatin: 'Long Sreypov (demo)', kind: 'foster', emergency: false, status: 'applicant', capacity: 2, ageMax: 10, takesSiblings: false, commune: 2 },
  { nameKm: 'ចាន់ យាយ', nameLatin: 'Chan Yeay (demo)', kind: 'kinship', emergency: false, status: 'approved', capacity: 2, ageMax: 17, takesSiblings: true, commune: 0 },
];

/** Every child of a case has a stay in its household (cases seeded in bulk may not have opened one). */
function openMissingStays(db: Db) {
  db.run(sql`insert into household_stays (id, household_id, child_id, from_date, to_date, reason, created_by_id, created_at)
    select lower(hex(randomblob(16))), c.household_id, c.child_id, substr(min(c.registered_at), 1, 10), null, '', null, min(c.registered_at)
    from cases c where not exists (select 1 from household_stays s where s.child_id = c.child_id)
    group by c.child_id, c.household_id`);
}

/** Every eighth case of a commune joins the household of the case before it: brothers and sisters of one family. */
function makeSiblings(db: Db): number {
  const rows = db.all<{ id: string; childId: string; householdId: string }>(sql`
    select id, child_id as childId, previous as householdId from (
      select id, child_id, lag(household_id) over (partition by commune_code order by registered_at, id) as previous,
             row_number() over (partition by commune_code order by registered_at, id) as n
      from cases where archived_at is null and status != 'duplicate'
    ) where n % ${SIBLING_EVERY} = 0 and previous is not null`);
  const moveCase = db.$client.prepare('update cases set household_id = ? where id = ?');
  const moveStay = db.$client.prepare('update household_stays set household_id = ? where child_id = ?');
  for (const r of rows) {
    moveCase.run(r.householdId, r.id);
    moveStay.run(r.householdId, r.childId);
  }
  return rows.length;
}

function seedCarers(db: Db, now: Date, userIds: Map<string, string>) {
  const random = createRandom(FAMILIES_SEED);
  const at = now.toISOString();
  const day = at.slice(0, 10);
  const caseworker = userIds.get('caseworker')!;
  const supervisor = userIds.get('supervisor')!;
  const rows = demoCarers.map((c) => {
    const communeCode = demoCommuneCodes[c.commune]!;
    const village = listChildUnits(db, communeCode).find((u) => u.level === 'village')!;
    return { ...c, householdId: random.uuid(), carerId: random.uuid(), communeCode, villageCode: village.code };
  });
  db.insert(households).values(rows.map((r) => ({ id: r.householdId, villageCode: r.villageCode, communeCode: r.communeCode, idPoor: 'not_poor', incomeSources: ['small_business'], address: '', createdAt: at, updatedAt: at }))).run();
  db.insert(householdMembers).values(rows.map((r) => ({ id: random.uuid(), householdId: r.householdId, nameKm: r.nameKm, nameLatin: r.nameLatin, sex: 'female', relationship: r.kind === 'kinship' ? 'grandmother' : 'foster_parent', isCaregiver: true, position: 0 }))).run();
  db.insert(carers).values(rows.map((r) => {
    const approved = r.status === 'approved';
    return {
      id: r.carerId, householdId: r.householdId, kind: r.kind, emergency: r.emergency, capacity: r.capacity, ageMin: 0, ageMax: r.ageMax, languages: ['khmer'], takesSiblings: r.takesSiblings,
      notes: 'Synthetic demo carer', status: r.status, appliedOn: day, approvalState: approved ? 'approved' : 'draft',
      submittedById: approved ? caseworker : null, submittedAt: approved ? at : null, decidedById: approved ? supervisor : null, decidedAt: approved ? at : null, createdAt: at, updatedAt: at,
    };
  })).run();
  const kinds = ['application', 'home_visit', 'reference', 'safeguarding_check', 'training'] as const;
  db.insert(carerRecords).values(rows.flatMap((r) => (r.status === 'approved' ? kinds : kinds.slice(0, 1)).map((kind) => ({
    id: random.uuid(), carerId: r.carerId, kind, recordedOn: day, outcome: kind === 'application' ? 'not_applicable' : 'satisfactory', notes: '', createdById: caseworker, createdAt: at,
  })))).run();
  db.insert(carerStatusChanges).values(rows.flatMap((r) => [
    { id: random.uuid(), carerId: r.carerId, status: 'applicant', reason: '', changedOn: at, changedById: caseworker },
    ...(r.status === 'approved' ? [{ id: random.uuid(), carerId: r.carerId, status: 'approved', reason: '', changedOn: at, changedById: supervisor }] : []),
  ])).run();
  return rows.length;
}

/** Siblings and carers for the demo, once: a database that has carers already is left as it is. */
export function seedDemoFamilies(db: Db, params: { now: Date; userIds: Map<string, string> }): { siblings: number; carers: number } {
  return inTransaction(db, (tx) => {
    openMissingStays(tx);
    if ((tx.get<{ n: number }>(sql`select count(*) as n from carers`)?.n ?? 0) > 0) return { siblings: 0, carers: 0 };
    return { siblings: makeSiblings(tx), carers: seedCarers(tx, params.now, params.userIds) };
  });
}
