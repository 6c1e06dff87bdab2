// Shared set-up for the case-workflow router tests: geography, a team in one commune and one elsewhere, a case,
// and helpers that walk a case through the workflow by the same procedures a person would use.
import { TRPCError } from '@trpc/server';
import { battambangDemoUnits, findCaseInScope, inTransaction, listChildUnits, registerCase, upsertGeoUnits, type Db } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import { CaseIntakeInput, csiDomains, type AssessmentInput, type CsiDomain, type CurrentUser, type RiskLevel } from '@kruosar/domain';
import { errorData } from '../errors';
import { staffRouter } from '../index';
import { createCallerFactory } from '../trpc';
import { makeUser, TEST_NOW, testContext } from '../testing';

/** Rottanak (the team's commune) and Roka (another team's). TEST_NOW is 2026-11-21 in Battambang. */
export const HOME = '020303';
export const OTHER = '020804';
export const TODAY = '2026-11-21';

export type Team = {
  caseworker: CurrentUser;
  otherCaseworker: CurrentUser;
  supervisor: CurrentUser;
  supervisor2: CurrentUser;
  otherSupervisor: CurrentUser;
  admin: CurrentUser;
  analyst: CurrentUser;
};

export function setUp() {
  const { db, cleanup } = createTestDatabase();
  inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
  const villageOf = (commune: string) => listChildUnits(db, commune).find((u) => u.level === 'village')!.code;
  const team: Team = {
    caseworker: makeUser(db, 'caseworker', [HOME]),
    otherCaseworker: makeUser(db, 'caseworker', [HOME]),
    supervisor: makeUser(db, 'supervisor', [HOME]),
    supervisor2: makeUser(db, 'supervisor', [HOME]),
    otherSupervisor: makeUser(db, 'supervisor', [OTHER]),
    admin: makeUser(db, 'admin'),
    analyst: makeUser(db, 'analyst'),
  };
  return { db, cleanup, team, homeVillage: villageOf(HOME), otherVillage: villageOf(OTHER) };
}

export const staff = (db: Db, user: CurrentUser, now = TEST_NOW) => createCallerFactory(staffRouter)(testContext(db, 'staff', user, now));

/** A case registered by (and assigned to) `caseworker`. */
export function registerTestCase(db: Db, caseworker: CurrentUser, villageCode: string, riskLevel: RiskLevel = 'medium', now = TEST_NOW): string {
  const input = CaseIntakeInput.parse({
    child: { givenNameKm: 'ស្រីនាង', familyNameKm: 'ចាន់', givenNameLatin: 'Sreyneang', familyNameLatin: 'Chan', sex: 'female', dateOfBirth: '2015-06-01', schoolStatus: 'enrolled', birthRegistration: 'registered' },
    household: { villageCode, idPoor: 'level_2' },
    source: 'intake',
    riskLevel,
  });
  return registerCase(db, { input, actorId: caseworker.id, assignedTo: caseworker.id, now: new Date(now), portal: 'staff' }).caseId;
}

/** All 12 domains scored 3 (fine) unless given; 1 or 2 makes a domain weak. */
export function assessmentInput(scores: Partial<Record<CsiDomain, number>> = {}, over: Partial<AssessmentInput> = {}): AssessmentInput {
  return {
    assessedOn: '2026-11-20',
    scores: Object.fromEntries(csiDomains.map((d) => [d, { score: scores[d] ?? 3, reason: `Observed at home visit (${d})` }])) as AssessmentInput['scores'],
    protectionConcerns: ['neglect'],
    riskLevel: 'high',
    riskReason: 'No adult at home most days',
    summary: 'Grandmother cares for the child; food is short',
    ...over,
  };
}

/** The tRPC code and error data a portal would get, or a failed test if the call succeeds. */
export async function failureOf(call: Promise<unknown>): Promise<{ code: string; messageKey: string; field: string | null; fieldErrors: Record<string, string> | null }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, ...errorData(error) };
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

/** The case as stored, whoever may see it. */
export function caseRow(db: Db, caseId: string) {
  return findCaseInScope(db, { kind: 'all', identified: true }, caseId);
}

/** The audit actions recorded against a case, in order. */
export function auditActions(db: Db, caseId: string): string[] {
  const rows = db.$client.prepare('select action from audit_log where case_id = ? order by seq').all(caseId) as { action: string }[];
  return rows.map((r) => r.action);
}

/** Caseworker assesses (food security and shelter weak), supervisor approves: the case is at case_plan. */
export async function approvedAssessment(db: Db, team: Team, caseId: string, scores: Partial<Record<CsiDomain, number>> = { food_security: 1, shelter: 2 }) {
  const cw = staff(db, team.caseworker);
  const draft = await cw.assessments.create({ caseId, ...assessmentInput(scores) });
  const submitted = await cw.assessments.submitForApproval({ id: draft.id, expectedVersion: draft.version });
  return staff(db, team.supervisor).assessments.decide({ id: submitted.id, expectedVersion: submitted.version, decision: 'approve' });
}

export function planInput(assessmentId: string) {
  return {
    assessmentId,
    goals: [
      { domain: 'food_security' as const, goal: 'Three meals a day', actions: [{ description: 'Enrol in rice support', who: 'Caseworker', dueDate: '2026-12-15' }] },
      { domain: 'shelter' as const, goal: 'A dry roof', actions: [{ description: 'Repair the roof', who: 'Uncle', dueDate: '2027-01-10' }] },
    ],
    childViews: 'I want to stay with my grandmother and go to school',
    reviewDate: '2027-02-20',
  };
}

/** Assessment and plan approved by the supervisor: the case is at implementation. */
export async function caseInImplementation(db: Db, team: Team, caseId: string) {
  const assessment = await approvedAssessment(db, team, caseId);
  const cw = staff(db, team.caseworker);
  const plan = await cw.casePlans.create({ caseId, ...planInput(assessment.id) });
  const submitted = await cw.casePlans.submitForApproval({ id: plan.id, expectedVersion: plan.version });
  const approved = await staff(db, team.supervisor).casePlans.decide({ id: submitted.id, expectedVersion: submitted.version, decision: 'approve' });
  return { assessment, plan: approved };
}

/** On to the closure stage through review, by hand as the workflow allows, with every plan action done. */
export async function caseAtClosureStage(db: Db, team: Team, caseId: string) {
  const { plan } = await caseInImplementation(db, team, caseId);
  const cw = staff(db, team.caseworker);
  let version = plan.version;
  for (const [goalIndex, goal] of plan.goals.entries()) {
    for (const actionIndex of goal.actions.keys()) {
      version = (await cw.casePlans.markAction({ id: plan.id, expectedVersion: version, goalIndex, actionIndex, doneOn: TODAY })).version;
    }
  }
  const review = await cw.workflow.changeStage({ caseId, expectedVersion: caseRow(db, caseId).version, to: 'review' });
  return cw.workflow.changeStage({ caseId, expectedVersion: review.version, to: 'closure' });
}
