// The demo hives of the two hive volunteers' communes: committee, volunteers, monthly meetings and a rising index.
import { eq } from 'drizzle-orm';
import {
  committeeRoles,
  coreHiveTrainings,
  independenceIndex,
  type HiveMilestoneJudgement,
  type HiveMilestones,
  type HiveTraining,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { hiveCommitteeMembers, hiveCommunes, hiveIndependenceHistory, hiveMeetings, hiveVolunteers, userCommunes } from '../schema/index';
import { cambodiaToday, loadHiveFacts, milestonesOf, monthsBefore } from '../repositories/hive-facts';
import { fullName } from './demo-names';
import { createRandom, type Random } from './random';

const HIVES_SEED = 20_320_103;

type HivePlan = {
  username: 'hive' | 'hive2';
  /** How long the hive has run, in quarters: one index point a quarter before today's. */
  quarters: number;
  volunteers: number;
  trainedVolunteers: number;
  judgement: HiveMilestoneJudgement;
  meetingSkipChance: number;
};

/** The first hive is two years old and close to independence; the second is a year old and halfway. */
const plans: readonly HivePlan[] = [
  { username: 'hive', quarters: 8, volunteers: 10, trainedVolunteers: 9, judgement: { committeeFormed: true, volunteersTarget: 10, budgetLineAdopted: true, referralPathwayMapped: true }, meetingSkipChance: 0 },
  { username: 'hive2', quarters: 4, volunteers: 7, trainedVolunteers: 4, judgement: { committeeFormed: true, volunteersTarget: 8, budgetLineAdopted: false, referralPathwayMapped: true }, meetingSkipChance: 0.2 },
];

const dayBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

function trainingsFor(random: Random, trained: boolean, startedOn: string, today: string): HiveTraining[] {
  const span = Math.max(1, Math.round((Date.parse(today) - Date.parse(startedOn)) / 86_400_000));
  const topics = trained ? [...coreHiveTrainings, ...(random.chance(0.5) ? (['referral_pathway'] as const) : [])] : coreHiveTrainings.slice(0, random.int(0, 2));
  return topics.map((topic) => ({ topic, completedOn: dayBefore(today, random.int(1, span)), note: '' }));
}

/**
 * A past quarter's milestones: today's scaled down by how far along the hive was, so every count and every
 * milestone only grows and the index rises quarter by quarter up to today's.
 */
function pastMilestones(today: HiveMilestones, judgement: HiveMilestoneJudgement, along: number): HiveMilestones {
  return {
    committeeFormed: judgement.committeeFormed && along >= 0.2,
    volunteersTarget: judgement.volunteersTarget,
    volunteersTrained: Math.floor(today.volunteersTrained * along),
    meetingsHeldLast6Months: Math.floor(today.meetingsHeldLast6Months * along),
    shareOfNeedsResolvedLocally: Math.round(today.shareOfNeedsResolvedLocally * along * 100) / 100,
    budgetLineAdopted: judgement.budgetLineAdopted && along >= 0.75,
    referralPathwayMapped: judgement.referralPathwayMapped && along >= 0.5,
  };
}

function seedHive(db: Db, random: Random, plan: HivePlan, communeCode: string, userId: string, now: Date) {
  const today = cambodiaToday(now);
  const at = now.toISOString();
  const startedOn = monthsBefore(today, plan.quarters * 3);
  const stamp = { createdAt: at, updatedAt: at };
  db.insert(hiveCommunes).values({ id: random.uuid(), communeCode, ...plan.judgement, ...stamp }).run();
  committeeRoles.forEach((committeeRole) => {
    const name = fullName(random, random.chance(0.5) ? 'female' : 'male').latin;
    db.insert(hiveCommitteeMembers).values({ id: random.uuid(), communeCode, name, committeeRole, phone: `012${random.int(100000, 999999)}`, ...stamp }).run();
  });
  for (let i = 0; i < plan.volunteers; i++) {
    const name = fullName(random, random.chance(0.6) ? 'female' : 'male').latin;
    // The first volunteer is the demo hive account's own record.
    const trainings = trainingsFor(random, i < plan.trainedVolunteers, startedOn, today);
    db.insert(hiveVolunteers).values({ id: random.uuid(), communeCode, name, phone: '', userId: i === 0 ? userId : null, trainings, ...stamp }).run();
  }
  for (let month = plan.quarters * 3 - 1; month >= 0; month--) {
    if (month > 0 && random.chance(plan.meetingSkipChance)) continue;
    const heldOn = dayBefore(monthsBefore(today, month), random.int(1, 20));
    const decisions = random.chance(0.4) ? ['Visit the families reported this month (demo).'] : [];
    db.insert(hiveMeetings).values({ id: random.uuid(), communeCode, heldOn, attendeesCount: random.int(6, 18), notes: 'Monthly hive meeting (demo).', decisions, ...stamp }).run();
  }
  const counts = loadHiveFacts(db, [communeCode], today).get(communeCode)!.counts;
  const current = milestonesOf(plan.judgement, counts);
  for (let q = 0; q <= plan.quarters; q++) {
    const milestones = q === plan.quarters ? current : pastMilestones(current, plan.judgement, (q + 1) / (plan.quarters + 1));
    const recordedOn = monthsBefore(today, (plan.quarters - q) * 3);
    db.insert(hiveIndependenceHistory)
      .values({ id: random.uuid(), communeCode, recordedOn, independenceIndex: independenceIndex(milestones), milestones, recordedBy: null, recordedAt: q === plan.quarters ? at : `${recordedOn}T03:00:00.000Z` })
      .run();
  }
}

/**
 * Hives for the communes of the demo accounts `hive` and `hive2`, all from a fixed seed (ids too) and dated
 * back from `now`; a commune that already has a hive is left as it is. Returns how many hives were added.
 */
export function seedDemoHives(db: Db, params: { now: Date; userIds: Map<string, string> }): number {
  // The demo needs are stored without the queue's priority: give it to them (and to any other such need).
  const random = createRandom(HIVES_SEED);
  let added = 0;
  inTransaction(db, (tx) => {
    for (const plan of plans) {
      const userId = params.userIds.get(plan.username);
      const communeCode = userId ? tx.select().from(userCommunes).where(eq(userCommunes.userId, userId)).get()?.communeCode : undefined;
      if (!userId || !communeCode) continue;
      if (tx.select({ id: hiveCommunes.id }).from(hiveCommunes).where(eq(hiveCommunes.communeCode, communeCode)).get()) continue;
      seedHive(tx, random, plan, communeCode, userId, params.now);
      added++;
    }
  });
  return added;
}
