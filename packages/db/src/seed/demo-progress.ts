// How far along the workflow each demo case has got by `now`, so dashboards show a living caseload.
import { type CaseStage, type CaseStatus, type RiskLevel, firstContactTargetHours } from '@kruosar/domain';
import type { Random } from './random';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const HISTORY_DAYS = 730;

/** `count` registration times spread over the 24 months before `now`, oldest first (references follow them). */
export function registrationTimes(random: Random, count: number, now: Date): Date[] {
  const times = Array.from({ length: count }, () => now.getTime() - Math.floor(random.next() * HISTORY_DAYS * DAY / 60_000) * 60_000);
  return times.sort((a, b) => a - b).map((t) => new Date(t));
}

export type CaseProgress = { stage: CaseStage; status: CaseStatus; firstContactAt: string | null; updatedAt: string };

/** Typical days from registration to reaching each stage; a case's own pace scatters around these. */
const stageAfterDays: readonly (readonly [CaseStage, number])[] = [
  ['closure', 300], ['review', 180], ['implementation', 60], ['case_plan', 30], ['assessment', 7],
];

function contacted(random: Random, ageDays: number, risk: RiskLevel): boolean {
  const targetDays = firstContactTargetHours[risk] / 24;
  if (ageDays > 30) return random.chance(0.985);
  if (ageDays > targetDays) return random.chance(risk === 'high' ? 0.6 : 0.85);
  return random.chance(0.5);
}

export function progressOf(random: Random, c: { registeredAt: Date; riskLevel: RiskLevel }, now: Date): CaseProgress {
  const registered = c.registeredAt.getTime();
  const ageMs = now.getTime() - registered;
  if (!contacted(random, ageMs / DAY, c.riskLevel)) {
    return { stage: 'registered', status: 'open', firstContactAt: null, updatedAt: c.registeredAt.toISOString() };
  }
  const targetMs = firstContactTargetHours[c.riskLevel] * HOUR;
  // Most first contacts are within target; some are late, as in real caseloads.
  const delay = random.chance(0.85) ? targetMs * (0.1 + 0.8 * random.next()) : targetMs * (1 + random.next());
  const firstContact = Math.min(registered + delay, now.getTime());
  const pace = 0.3 + 1.2 * random.next();
  const reached = stageAfterDays.find(([, days]) => (ageMs / DAY) * pace >= days)?.[0] ?? 'registered';
  // Most cases at closure are closed; the rest wait for a supervisor's approval.
  const status: CaseStatus = reached === 'closure' && random.chance(0.9) ? 'closed' : 'open';
  const updatedAt = firstContact + random.next() * (now.getTime() - firstContact);
  return { stage: reached, status, firstContactAt: new Date(firstContact).toISOString(), updatedAt: new Date(updatedAt).toISOString() };
}

/**
 * The dashboard must have something to flag: if no high-risk case is past its first-contact target,
 * turn the newest case registered more than a day ago into one. Returns the index changed, if any.
 */
export function ensureOverdueHighRisk(
  plans: { registeredAt: Date; riskLevel: RiskLevel; progress: CaseProgress }[],
  now: Date,
): number | undefined {
  const overdue = (p: (typeof plans)[number]) =>
    p.progress.firstContactAt === null && p.registeredAt.getTime() + firstContactTargetHours[p.riskLevel] * HOUR < now.getTime();
  if (plans.some((p) => p.riskLevel === 'high' && overdue(p))) return undefined;
  for (let i = plans.length - 1; i >= 0; i--) {
    const plan = plans[i]!;
    if (now.getTime() - plan.registeredAt.getTime() <= 2 * DAY) continue;
    plan.riskLevel = 'high';
    plan.progress = { stage: 'registered', status: 'open', firstContactAt: null, updatedAt: plan.registeredAt.toISOString() };
    return i;
  }
  return undefined;
}
