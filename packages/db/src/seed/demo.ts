// The synthetic demo: Battambang geography, one account per role, a caseload of invented children and hive needs.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { CaseIntakeInput, type RiskLevel } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { bulkInserts } from '../bulk-insert';
import { cases, children, householdMembers, households, householdStays } from '../schema/index';
import { appendAuditEntries, type AuditEntry } from '../repositories/audit';
import { caseReference, caseRegistrationAudit, caseRegistrationRows } from '../repositories/cases';
import { listChildUnits, listUnitsByCodes, upsertGeoUnits } from '../repositories/geography';
import { battambangDemoUnits, demoCommuneCodes } from './battambang';
import { inventCase } from './demo-children';
import { seedDemoNeeds } from './demo-hive-needs';
import { seedDemoHives } from './demo-hives';
import { seedDemoSupporters } from './demo-supporters';
import { seedDemoWorkflow } from './demo-workflow';
import { seedDemoFamilies } from './demo-families';
import { seedDemoProgrammes } from './demo-programmes';
import { seedDemoCommittees } from './demo-committees';
import { seedDemoGifts } from './demo-gifts';
import { seedDemoTracing } from './demo-tracing';
import { seedDemoDuplicates } from './demo-duplicates';
import { type CaseProgress, ensureOverdueHighRisk, progressOf, registrationTimes } from './demo-progress';
import { caseworkerCommunes, ensureDemoUsers, type DemoUserSummary } from './demo-users';
import { seedDemoFeedback } from './demo-feedback';
import { createRandom } from './random';

/** Fixed seeds: the same parameters give the same children, cases and needs on every machine. */
const CASES_SEED = 20_320_101;
const NEEDS_SEED = 20_320_102;
/** Cases per transaction: big enough that commits cost little, small enough to show progress often. */
const BATCH = 5_000;

export type SeedDemoOptions = {
  children: number;
  now: Date;
  hashPassword: (password: string) => Promise<string>;
  /** Called after each batch of a long step, so a CLI can show how far it has got. */
  onProgress?: (done: number, total: number, step: SeedStep) => void;
};

/** The long steps of a seed, in order. */
export type SeedStep = 'children' | 'workflow';

export type DemoSummary = {
  users: DemoUserSummary[];
  /** Children (and so cases) added by this run. */
  children: number;
  cases: number;
  hiveNeeds: number;
  communes: string[];
  /** What was skipped and why, for the CLI to print. */
  notes: string[];
};

type PlannedCase = { input: CaseIntakeInput; registeredAt: Date; riskLevel: RiskLevel; progress: CaseProgress; caseworker: string; communeCode: string };

function ensureGeography(db: Db, notes: string[]) {
  if (listUnitsByCodes(db, [...demoCommuneCodes]).length === demoCommuneCodes.length) {
    notes.push('The demo communes were already in the geography; it was left as it is.');
    return;
  }
  inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
}

function villagesOf(db: Db, communeCode: string): string[] {
  const villages = listChildUnits(db, communeCode).filter((u) => u.level === 'village').map((u) => u.code);
  if (villages.length === 0) throw new Error(`Commune ${communeCode} has no villages in the geography; import a complete gazetteer first.`);
  return villages;
}

const caseworkerFor = (communeCode: string) =>
  (caseworkerCommunes.caseworker as readonly string[]).includes(communeCode) ? 'caseworker' : 'caseworker2';

/** Invent every case in memory first, so the whole caseload can be checked (overdue ones exist) before writing. */
function planCases(count: number, villages: Map<string, string[]>, now: Date): PlannedCase[] {
  const random = createRandom(CASES_SEED);
  const plans = registrationTimes(random, count, now).map((registeredAt): PlannedCase => {
    const commune = random.pick(demoCommuneCodes);
    const input = inventCase(random, { villageCode: random.pick(villages.get(commune)!), registeredAt, now });
    const progress = progressOf(random, { registeredAt, riskLevel: input.riskLevel }, now);
    return { input, registeredAt, riskLevel: input.riskLevel, progress, caseworker: caseworkerFor(commune), communeCode: commune };
  });
  ensureOverdueHighRisk(plans, now);
  return plans;
}

/**
 * Write the planned cases as registerCase would (the same rows and audit entries), a batch per transaction
 * through prepared statements: 100,000 children in well under a minute instead of one query build per row.
 */
async function seedCases(db: Db, plans: PlannedCase[], userIds: Map<string, string>, onProgress?: SeedDemoOptions['onProgress']) {
  const insert = bulkInserts(db);
  // Seed only: the cases table is empty, so each year's references count from 1.
  const lastSeqOfYear = new Map<number, number>();
  for (let start = 0; start < plans.length; start += BATCH) {
    inTransaction(db, (tx) => {
      const audits: { entry: AuditEntry; at: Date }[] = [];
      for (const plan of plans.slice(start, start + BATCH)) {
        const caseworkerId = userIds.get(plan.caseworker)!;
        // Parse as the API would, so the seed can never store what a person could not have entered.
        const input = CaseIntakeInput.parse({ ...plan.input, riskLevel: plan.riskLevel });
        const year = plan.registeredAt.getUTCFullYear();
        const seq = (lastSeqOfYear.get(year) ?? 0) + 1;
        lastSeqOfYear.set(year, seq);
        const reference = caseReference(year, seq);
        const rows = caseRegistrationRows({ input, communeCode: plan.communeCode, reference, actorId: caseworkerId, assignedTo: caseworkerId, at: plan.registeredAt.toISOString(), newId: randomUUID });
        insert(children, rows.child);
        if (rows.household) insert(households, rows.household);
        for (const member of rows.members) insert(householdMembers, member);
        insert(householdStays, rows.stay);
        const { stage, status, firstContactAt, updatedAt } = plan.progress;
        // Seed only: the workflow history is not replayed, the case is set where it has got to by now.
        insert(cases, firstContactAt ? { ...rows.case, stage, status, firstContactAt, updatedAt } : rows.case);
        audits.push({ entry: caseRegistrationAudit({ caseId: rows.case.id, reference, actorId: caseworkerId, assignedTo: caseworkerId, portal: 'staff' }), at: plan.registeredAt });
      }
      appendAuditEntries(tx, audits);
    });
    onProgress?.(Math.min(start + BATCH, plans.length), plans.length, 'children');
    // Let a CLI redraw its progress between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function seedDemo(db: Db, options: SeedDemoOptions): Promise<DemoSummary> {
  const { now } = options;
  const notes: string[] = [];
  ensureGeography(db, notes);
  const villages = new Map(demoCommuneCodes.map((c) => [c, villagesOf(db, c)] as const));
  const { ids, summary: users } = await ensureDemoUsers(db, { now, hashPassword: options.hashPassword });

  const existingCases = db.select({ n: sql<number>`count(*)` }).from(cases).get()?.n ?? 0;
  let added = 0;
  if (existingCases > 0) {
    notes.push(`The database already has ${existingCases} case(s); no demo children were added.`);
  } else {
    const plans = planCases(options.children, villages, now);
    // A bigger page cache while the indexes grow by 100,000s of rows: fewer pages written twice. Set back after.
    const cacheSize = db.$client.pragma('cache_size', { simple: true }) as number;
    db.$client.pragma('cache_size = -131072');
    try {
      await seedCases(db, plans, ids, options.onProgress);
      seedDemoWorkflow(db, { now, userIds: ids, onProgress: (done, total) => options.onProgress?.(done, total, 'workflow') });
    } finally {
      db.$client.pragma(`cache_size = ${cacheSize}`);
    }
    added = plans.length;
    if (seedDemoDuplicates(db, { now, userIds: ids }) > 0) notes.push('Added one duplicate pair (demo) to try merging records.');
  }
  if (seedDemoFamilies(db, { now, userIds: ids }).carers === 0) notes.push('The demo carers were already there.');

  const [first, second] = demoCommuneCodes;
  const hiveNeeds = seedDemoNeeds(db, {
    random: createRandom(NEEDS_SEED),
    now,
    volunteers: {
      hive: { id: ids.get('hive')!, communeCode: first, villages: villages.get(first)! },
      hive2: { id: ids.get('hive2')!, communeCode: second, villages: villages.get(second)! },
    },
    caseworkerOf: (communeCode) => ids.get(caseworkerFor(communeCode))!,
  });
  if (hiveNeeds === 0) notes.push('The demo hive needs were already there.');
  if (seedDemoTracing(db, { now, userIds: ids }) === 0) notes.push('The demo institutions and tracing requests were already there.');
  if (seedDemoHives(db, { now, userIds: ids }) === 0) notes.push('The demo hives were already there.');
  if (seedDemoSupporters(db, { now, userIds: ids }) === 0) notes.push('The demo stories and volunteer shifts were already there.');
  if (seedDemoProgrammes(db, { now, userIds: ids }) === 0) notes.push('The demo programmes were already there.');
  if (seedDemoCommittees(db, { now, userIds: ids }) === 0) notes.push('The demo committees were already there.');
  if (seedDemoGifts(db, { now, userIds: ids }) === 0) notes.push('The demo gifts were already there.');
  if (seedDemoFeedback(db, { now, userIds: ids }) === 0) notes.push('The demo complaint was already there.');

  return { users, children: added, cases: added, hiveNeeds, communes: [...demoCommuneCodes], notes };
}
