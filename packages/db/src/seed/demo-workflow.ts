// The demo's workflow records: each demo case gets the assessments, plans, services, placements, follow-ups and
// closures its stage implies, so later stages, the approvals inbox and the dashboard have something real to show.
import { asc, sql } from 'drizzle-orm';
import {
  addDays,
  AssessmentInput,
  caseStages,
  CasePlanInput,
  ClosureInput,
  csiDomains,
  dateOf,
  daysBetween,
  PlacementInput,
  proposedClosureFollowUpOn,
  scheduleFollowUps,
  ServiceInput,
  weakDomains,
  type CaseStage,
  type ClosureReason,
  type CsiDomain,
  type RiskLevel,
} from '@kruosar/domain';
import { bulkInserts } from '../bulk-insert';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { assessments, cases, casePlans, closures, followUps, placements, services } from '../schema/index';
import { todayIn } from '../repositories/case-workflow';
import { createRandom, type Random } from './random';

const WORKFLOW_SEED = 20_320_103;
const BATCH = 5_000;

type SeedCase = Pick<typeof cases.$inferSelect, 'id' | 'stage' | 'status' | 'riskLevel' | 'registeredAt' | 'firstContactAt' | 'updatedAt' | 'assignedTo' | 'protectionConcerns'>;
type Ctx = { insert: ReturnType<typeof bulkInserts>; random: Random; today: string; supervisorId: string; newId: () => string };

const reached = (c: SeedCase, stage: CaseStage) => caseStages.indexOf(c.stage as CaseStage) >= caseStages.indexOf(stage);
/** Morning in Battambang (02:00 UTC) on a day. */
const at = (date: string) => `${date}T02:00:00.000Z`;
const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);
/** A day from `from` to `to` (both included); `from` when the window is empty. */
function dayBetween(random: Random, from: string, to: string): string {
  const span = daysBetween(from, to);
  return span <= 0 ? from : addDays(from, random.int(0, span));
}

const scoreWeights: Record<RiskLevel, readonly (readonly [number, number])[]> = {
  high: [[1, 2], [2, 3], [3, 3], [4, 1]],
  medium: [[1, 1], [2, 3], [3, 4], [4, 2]],
  low: [[1, 0.3], [2, 1.5], [3, 5], [4, 3]],
};
const scoreReasons = ['', 'Serious need seen at the home visit', 'Some need; the caregiver is struggling', 'Mostly fine; keep watching', 'Doing well'];

/** An approved (or waiting) assessment; returns its id and weak domains. */
function addAssessment(ctx: Ctx, c: SeedCase, assessedOn: string, state: 'approved' | 'submitted' | 'draft'): { id: string; weak: CsiDomain[] } {
  const risk = c.riskLevel as RiskLevel;
  const scores = Object.fromEntries(csiDomains.map((d) => {
    const score = ctx.random.weighted(scoreWeights[risk]);
    return [d, { score, reason: scoreReasons[score]! }];
  }));
  const input = AssessmentInput.parse({ assessedOn, scores, protectionConcerns: c.protectionConcerns, riskLevel: risk, riskReason: 'Rated at the assessment visit', summary: 'Assessment at home with the caregiver' });
  const id = ctx.newId();
  const submittedAt = state === 'draft' ? null : at(assessedOn);
  const decided = state === 'approved' ? at(dayBetween(ctx.random, assessedOn, earlier(addDays(assessedOn, 3), ctx.today))) : null;
  ctx.insert(assessments, {
    id, caseId: c.id, ...input, assessedById: c.assignedTo!, createdById: c.assignedTo!,
    approvalState: state, submittedById: submittedAt ? c.assignedTo : null, submittedAt, decidedById: decided ? ctx.supervisorId : null, decidedAt: decided,
    createdAt: at(assessedOn), updatedAt: decided ?? at(assessedOn),
  });
  return { id, weak: weakDomains(input) };
}

function addPlan(ctx: Ctx, c: SeedCase, assessment: { id: string; weak: CsiDomain[] }, madeOn: string, state: 'approved' | 'submitted' | 'draft') {
  const domains: CsiDomain[] = assessment.weak.length > 0 ? assessment.weak : ['education_work'];
  const goals = domains.map((domain) => ({
    domain,
    goal: `Better ${domain.replace(/_/g, ' ')} within six months`,
    actions: [{ description: 'Home visit and support as agreed with the family', who: 'Caseworker', dueDate: addDays(madeOn, ctx.random.int(14, 120)), doneOn: null }],
  }));
  const tooYoung = ctx.random.chance(0.15);
  const input = CasePlanInput.parse({
    assessmentId: assessment.id, goals, reviewDate: addDays(madeOn, 180),
    childViews: tooYoung ? '' : 'Wants to stay with the family and keep going to school',
    childViewsNotGivenReason: tooYoung ? 'too_young' : null,
  });
  const decided = state === 'approved' ? at(madeOn) : null;
  ctx.insert(casePlans, {
    id: ctx.newId(), caseId: c.id, ...input, createdById: c.assignedTo!,
    approvalState: state, submittedById: state === 'draft' ? null : c.assignedTo, submittedAt: state === 'draft' ? null : at(madeOn),
    decidedById: decided ? ctx.supervisorId : null, decidedAt: decided, createdAt: at(madeOn), updatedAt: at(madeOn),
  });
}

const providers = ['Kruosar caseworker', 'Kruosar counsellor', 'Commune health centre', 'Community centre team', 'Partner NGO'];

function addServices(ctx: Ctx, c: SeedCase, from: string, to: string) {
  for (let i = ctx.random.int(1, 3); i > 0; i--) {
    const type = ctx.random.weighted([['counselling', 4], ['community_centre', 4], ['education_support', 3], ['medical_outreach', 2], ['income_generation', 2], ['kinship_care_support', 1], ['legal_support', 1]] as const);
    const input = ServiceInput.parse({ type, deliveredOn: dayBetween(ctx.random, from, to), provider: ctx.random.pick(providers), outcome: ctx.random.weighted([['completed', 6], ['ongoing', 3], ['partly_completed', 1]] as const) });
    ctx.insert(services, { id: ctx.newId(), caseId: c.id, ...input, createdById: c.assignedTo!, createdAt: at(input.deliveredOn), updatedAt: at(input.deliveredOn) });
  }
}

function addVisit(ctx: Ctx, c: SeedCase, v: { placementId: string | null; kind: 'reunification' | 'closure'; dueDate: string; createdOn: string }) {
  // Old visits are nearly all done; the recent ones are where the overdue list comes from.
  const done = v.dueDate < ctx.today && ctx.random.chance(daysBetween(v.dueDate, ctx.today) > 60 ? 0.98 : 0.8);
  const doneOn = done ? dayBetween(ctx.random, v.dueDate, earlier(addDays(v.dueDate, 5), ctx.today)) : null;
  ctx.insert(followUps, {
    id: ctx.newId(), caseId: c.id, placementId: v.placementId, kind: v.kind, dueDate: v.dueDate,
    doneOn, childSeen: done ? true : null, wellbeing: done ? ctx.random.weighted([['doing_well', 8], ['some_concerns', 2], ['serious_concerns', 0.3]] as const) : null,
    notes: done ? 'Child at home and well cared for' : '', visitedById: done ? c.assignedTo : null,
    createdById: c.assignedTo!, createdAt: at(v.createdOn), updatedAt: at(doneOn ?? v.createdOn),
  });
}

/** Residential care, then a move home (a reunification with its visits) for some; a family placement for others. */
function addPlacements(ctx: Ctx, c: SeedCase, registeredOn: string, from: string, to: string) {
  const fromCare = c.protectionConcerns.includes('residential_care') || c.protectionConcerns.includes('separated_from_family') || ctx.random.chance(0.15);
  const insert = (input: PlacementInput) => {
    const id = ctx.newId();
    ctx.insert(placements, { id, caseId: c.id, ...input, createdById: c.assignedTo!, createdAt: at(from), updatedAt: at(from) });
    return id;
  };
  if (!fromCare) {
    if (ctx.random.chance(0.3)) insert(PlacementInput.parse({ type: 'biological_family', startDate: registeredOn, reason: 'Lives with the family' }));
    return;
  }
  const homeOn = dayBetween(ctx.random, from, to);
  insert(PlacementInput.parse({ type: 'residential_care', startDate: addDays(registeredOn, -ctx.random.int(30, 120)), endDate: homeOn, reason: 'Placed in a care centre before the family was traced', carerName: 'Care centre (demo)' }));
  const type = ctx.random.weighted([['biological_family', 6], ['kinship_care', 3], ['foster_care_long_term', 1]] as const);
  const placementId = insert(PlacementInput.parse({ type, startDate: homeOn, reason: 'Family traced and assessed as able to care' }));
  for (const dueDate of scheduleFollowUps({ startDate: homeOn })) addVisit(ctx, c, { placementId, kind: 'reunification', dueDate, createdOn: homeOn });
}

function addClosure(ctx: Ctx, c: SeedCase, closedOn: string, state: 'approved' | 'submitted' | 'returned') {
  const approved = state === 'approved';
  const reason: ClosureReason = ctx.random.weighted([['goals_met', 70], ['moved', 10], ['refused', 8], ['transferred', 7], ['other', 5]] as const);
  const input = ClosureInput.parse({ reason, reasonOther: reason === 'other' ? 'The family asked to end support' : '', closedOn, summary: 'Plan goals reviewed with the family', followUpOn: proposedClosureFollowUpOn(reason, closedOn) });
  ctx.insert(closures, {
    id: ctx.newId(), caseId: c.id, ...input, createdById: c.assignedTo!,
    approvalState: state, submittedById: c.assignedTo, submittedAt: at(closedOn), returnReason: state === 'returned' ? 'One more visit before closing' : null,
    decidedById: state === 'submitted' ? null : ctx.supervisorId, decidedAt: state === 'submitted' ? null : at(closedOn), createdAt: at(closedOn), updatedAt: at(closedOn),
  });
  if (approved && input.followUpOn) addVisit(ctx, c, { placementId: null, kind: 'closure', dueDate: input.followUpOn, createdOn: closedOn });
}

/** One case's records, in the order they happened, each dated between first contact and the case's last change. */
function seedCaseWorkflow(ctx: Ctx, c: SeedCase) {
  const { random, today } = ctx;
  const contact = dateOf(c.firstContactAt!);
  const end = later(contact, earlier(dateOf(c.updatedAt), today));
  const step = (from: string, maxDays: number) => dayBetween(random, from, earlier(addDays(from, maxDays), end));
  const assessedOn = step(contact, 10);
  // Supervisors keep up: only recent work waits for approval; older unfinished work is a stalled draft.
  const waiting = daysBetween(end, today) <= 45 && random.chance(0.6) ? 'submitted' : 'draft';
  if (c.stage === 'assessment') {
    addAssessment(ctx, c, assessedOn, waiting);
    return;
  }
  const assessment = addAssessment(ctx, c, assessedOn, 'approved');
  const planOn = step(assessedOn, 20);
  if (c.stage === 'case_plan') {
    addPlan(ctx, c, assessment, planOn, waiting);
    return;
  }
  addPlan(ctx, c, assessment, planOn, 'approved');
  addServices(ctx, c, planOn, end);
  addPlacements(ctx, c, dateOf(c.registeredAt), planOn, end);
  if (reached(c, 'review') && random.chance(0.35)) addAssessment(ctx, c, step(planOn, 200), 'approved');
  if (c.stage === 'closure') addClosure(ctx, c, end, c.status === 'closed' ? 'approved' : waiting === 'submitted' ? 'submitted' : 'returned');
}

/**
 * Add the workflow records of every demo case past registration. Seed only: records are written as they would
 * stand today (no audit replay), built from the same input schemas a person fills in. Returns the cases covered.
 */
export function seedDemoWorkflow(db: Db, params: { now: Date; userIds: Map<string, string>; onProgress?: (done: number, total: number) => void }): number {
  if ((db.select({ n: sql<number>`count(*)` }).from(assessments).get()?.n ?? 0) > 0) return 0;
  const random = createRandom(WORKFLOW_SEED);
  const rows: SeedCase[] = db
    .select({ id: cases.id, stage: cases.stage, status: cases.status, riskLevel: cases.riskLevel, registeredAt: cases.registeredAt, firstContactAt: cases.firstContactAt, updatedAt: cases.updatedAt, assignedTo: cases.assignedTo, protectionConcerns: cases.protectionConcerns })
    .from(cases)
    .orderBy(asc(cases.reference))
    .all()
    .filter((c) => c.stage !== 'registered' && c.firstContactAt !== null && c.assignedTo !== null);
  const today = todayIn(params.now);
  for (let start = 0; start < rows.length; start += BATCH) {
    inTransaction(db, (tx) => {
      const ctx: Ctx = { insert: bulkInserts(tx), random, today, supervisorId: params.userIds.get('supervisor')!, newId: random.uuid };
      for (const c of rows.slice(start, start + BATCH)) seedCaseWorkflow(ctx, c);
    });
    params.onProgress?.(Math.min(start + BATCH, rows.length), rows.length);
  }
  return rows.length;
}
