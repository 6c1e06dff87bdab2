// Walks every procedure of every portal for every role (and anonymous): a procedure without a declared
// policy, or one that lets the wrong role in, fails this test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError, type AnyRouter } from '@trpc/server';
import { createTestDatabase } from '@kruosar/db/testing';
import { roles, type CurrentUser, type Portal, type Role } from '@kruosar/domain';
import { portalRouters } from './index';
import { createCallerFactory, router, unguardedProcedureForTests, type Meta } from './trpc';
import { makeUser, testContext } from './testing';
import { z } from 'zod';

type Expected = 'public' | readonly Role[];
const STAFF = ['admin', 'supervisor', 'caseworker', 'analyst'] as const;
const CASE_TEAM = ['admin', 'supervisor', 'caseworker'] as const;

/** The access table, written out by hand: adding a procedure means deciding here who may call it. */
const expected: Record<Portal, Record<string, Expected>> = {
  staff: {
    'auth.signIn': 'public',
    'auth.me': 'public',
    'auth.signOut': 'public',
    'sessions.mine': STAFF,
    'sessions.end': STAFF,
    'sessions.endOthers': STAFF,
    'account.changePassword': STAFF,
    'users.list': ['admin'],
    'users.create': ['admin'],
    'users.update': ['admin'],
    'users.deactivate': ['admin'],
    'users.reactivate': ['admin'],
    'users.resetPassword': ['admin'],
    // Issue 12: two-factor sign-in, audit screen, import.
    'users.resetTwoFactor': ['admin'],
    'account.twoFactorStatus': STAFF,
    'account.twoFactorStart': STAFF,
    'account.twoFactorConfirm': STAFF,
    'account.twoFactorTurnOff': STAFF,
    'audit.list': ['admin'],
    'audit.verify': ['admin'],
    'audit.exportCsv': ['admin'],
    'imports.dryRun': ['admin', 'supervisor'],
    'imports.run': ['admin', 'supervisor'],
    'cases.list': STAFF,
    'cases.checkDuplicates': CASE_TEAM,
    'cases.register': CASE_TEAM,
    'cases.byId': CASE_TEAM,
    'cases.timeline': CASE_TEAM,
    'cases.update': CASE_TEAM,
    'cases.recordFirstContact': CASE_TEAM,
    'cases.assignableStaff': ['admin', 'supervisor'],
    'cases.transfer': ['admin', 'supervisor'],
    'cases.bulkAssign': ['admin', 'supervisor'],
    'cases.matchingIds': ['admin', 'supervisor'],
    'cases.exportCsv': STAFF,
    'caseNotes.list': CASE_TEAM,
    'caseNotes.create': CASE_TEAM,
    'children.update': CASE_TEAM,
    'households.update': CASE_TEAM,
    'geography.communes': STAFF,
    'geography.provinces': STAFF,
    'geography.villages': CASE_TEAM,
    'needs.triageQueue': ['admin', 'supervisor', 'caseworker'],
    'needs.byId': ['admin', 'supervisor', 'caseworker'],
    'needs.casePrefill': ['admin', 'supervisor', 'caseworker'],
    'needs.triage': ['admin', 'supervisor', 'caseworker'],
    'needs.phoneInVolunteers': ['admin', 'supervisor', 'caseworker'],
    'needs.registerPhonedIn': ['admin', 'supervisor', 'caseworker'],
    'hives.list': STAFF,
    'hives.byCommune': STAFF,
    'hives.create': ['admin', 'supervisor'],
    'hives.recordMilestones': ['admin', 'supervisor'],
    'hiveCommittee.create': ['admin', 'supervisor'],
    'hiveCommittee.update': ['admin', 'supervisor'],
    'hiveCommittee.archive': ['admin', 'supervisor'],
    'hiveCommittee.restore': ['admin', 'supervisor'],
    'hiveVolunteers.create': ['admin', 'supervisor'],
    'hiveVolunteers.update': ['admin', 'supervisor'],
    'hiveVolunteers.archive': ['admin', 'supervisor'],
    'hiveVolunteers.restore': ['admin', 'supervisor'],
    'hiveVolunteers.accounts': ['admin', 'supervisor'],
    'hiveMeetings.create': ['admin', 'supervisor'],
    'hiveMeetings.update': ['admin', 'supervisor'],
    'hiveMeetings.archive': ['admin', 'supervisor'],
    'hiveMeetings.restore': ['admin', 'supervisor'],
    'workflow.state': CASE_TEAM,
    'workflow.overview': CASE_TEAM,
    'workflow.changeStage': CASE_TEAM,
    'assessments.list': CASE_TEAM,
    'assessments.byId': CASE_TEAM,
    'assessments.history': CASE_TEAM,
    'assessments.create': CASE_TEAM,
    'assessments.update': CASE_TEAM,
    'assessments.submitForApproval': CASE_TEAM,
    'assessments.decide': ['admin', 'supervisor'],
    'assessments.archive': CASE_TEAM,
    'casePlans.list': CASE_TEAM,
    'casePlans.byId': CASE_TEAM,
    'casePlans.startingPoint': CASE_TEAM,
    'casePlans.create': CASE_TEAM,
    'casePlans.update': CASE_TEAM,
    'casePlans.submitForApproval': CASE_TEAM,
    'casePlans.decide': ['admin', 'supervisor'],
    'casePlans.recordReview': CASE_TEAM,
    'casePlans.markAction': CASE_TEAM,
    'services.list': CASE_TEAM,
    'services.create': CASE_TEAM,
    'services.update': CASE_TEAM,
    'services.archive': CASE_TEAM,
    'services.restore': CASE_TEAM,
    'placements.list': CASE_TEAM,
    'placements.create': CASE_TEAM,
    'placements.update': CASE_TEAM,
    'followUps.list': CASE_TEAM,
    'followUps.add': CASE_TEAM,
    'followUps.reschedule': CASE_TEAM,
    'followUps.cancel': CASE_TEAM,
    'followUps.recordVisit': CASE_TEAM,
    'followUps.dueList': CASE_TEAM,
    'referrals.list': CASE_TEAM,
    'referrals.create': CASE_TEAM,
    'referrals.respond': CASE_TEAM,
    'referrals.colleagues': CASE_TEAM,
    'referrals.incoming': CASE_TEAM,
    'closures.list': CASE_TEAM,
    'closures.request': CASE_TEAM,
    'closures.decide': ['admin', 'supervisor'],
    'closures.reopen': ['admin', 'supervisor'],
    'approvals.pending': ['admin', 'supervisor'],
    'institutions.list': CASE_TEAM,
    'institutions.create': ['admin', 'supervisor'],
    'institutions.update': ['admin', 'supervisor'],
    'institutions.admit': CASE_TEAM,
    'tracing.forCase': CASE_TEAM,
    'tracing.byId': CASE_TEAM,
    'tracing.open': CASE_TEAM,
    'tracing.addAction': CASE_TEAM,
    'tracing.recordOutcome': CASE_TEAM,
    'tracing.close': CASE_TEAM,
    'tracing.decideClosure': ['admin', 'supervisor'],
    'tracing.matches': CASE_TEAM,
    'tracing.decideMatch': CASE_TEAM,
    'reintegration.forCase': CASE_TEAM,
    'reintegration.assess': CASE_TEAM,
    'reintegration.decide': ['admin', 'supervisor'],
    'reintegration.addStep': CASE_TEAM,
    'reintegration.completeStep': CASE_TEAM,
    'reintegration.board': ['admin', 'supervisor'],
    'dashboard.summary': STAFF,
    'myWork.get': STAFF,
    'notifications.list': STAFF,
    'notifications.unreadCount': STAFF,
    'notifications.markRead': STAFF,
    'notifications.emailPreferences': STAFF,
    'notifications.saveEmailPreferences': STAFF,
    'mailSettings.get': ['admin'],
    'mailSettings.save': ['admin'],
    'snapshots.list': ['analyst', 'admin'],
    'snapshots.byId': ['analyst', 'admin'],
    'snapshots.build': ['analyst'],
    'snapshots.buildCorrection': ['analyst'],
    'snapshots.submitForReview': ['analyst'],
    'snapshots.review': ['analyst', 'admin'],
    'snapshots.publish': ['analyst'],
    'snapshots.withdraw': ['analyst'],
    'stories.list': STAFF,
    'stories.byId': STAFF,
    'stories.create': CASE_TEAM,
    'stories.update': CASE_TEAM,
    'stories.submitForReview': CASE_TEAM,
    'stories.review': ['admin', 'supervisor', 'analyst'],
    'stories.publish': ['admin', 'supervisor', 'analyst'],
    'stories.withdrawConsent': STAFF,
    'stories.checks': STAFF,
    'stories.overruleFinding': ['admin', 'supervisor', 'analyst'],
    'volunteering.opportunities': ['admin', 'supervisor'],
    'volunteering.createOpportunity': ['admin', 'supervisor'],
    'volunteering.updateOpportunity': ['admin', 'supervisor'],
    'volunteering.cancelOpportunity': ['admin', 'supervisor'],
    'volunteering.hours': ['admin', 'supervisor'],
    'volunteering.decideHours': ['admin', 'supervisor'],
    'safeguarding.volunteers': ['admin', 'supervisor'],
    'safeguarding.record': ['admin', 'supervisor'],
    'safeguarding.revoke': ['admin', 'supervisor'],
    // Issue 16: volunteer applications (contact details: coordinators only, never analysts).
    'volunteerApplications.list': ['admin', 'supervisor'],
    'volunteerApplications.accept': ['admin', 'supervisor'],
    'volunteerApplications.decline': ['admin', 'supervisor'],
    'families.search': CASE_TEAM,
    'families.byId': CASE_TEAM,
    'families.moveChild': CASE_TEAM,
    'families.recordStatus': CASE_TEAM,
    'families.recordEnrolment': CASE_TEAM,
    'families.endEnrolment': CASE_TEAM,
    'families.createAssessment': CASE_TEAM,
    'families.submitAssessment': CASE_TEAM,
    'families.decideAssessment': ['admin', 'supervisor'],
    'families.planOfCase': CASE_TEAM,
    'families.createPlan': CASE_TEAM,
    'families.updatePlan': CASE_TEAM,
    'families.submitPlan': CASE_TEAM,
    'families.decidePlan': ['admin', 'supervisor'],
    'carers.list': CASE_TEAM,
    'carers.byId': CASE_TEAM,
    'carers.register': CASE_TEAM,
    'carers.addRecord': CASE_TEAM,
    'carers.submitForApproval': CASE_TEAM,
    'carers.decide': ['admin', 'supervisor'],
    'carers.changeStatus': ['admin', 'supervisor'],
    'carers.match': CASE_TEAM,
    'programmes.list': STAFF,
    'programmes.byId': STAFF,
    'programmes.create': ['admin', 'supervisor'],
    'programmes.addSite': ['admin', 'supervisor'],
    'programmes.createSession': CASE_TEAM,
    'programmes.attendance': CASE_TEAM,
    'programmes.saveAttendance': CASE_TEAM,
    'programmes.reach': STAFF,
    'programmes.healthChecks': CASE_TEAM,
    'programmes.saveHealthCheck': CASE_TEAM,
    'programmes.healthReferrals': CASE_TEAM,
    'programmes.recordReferralOutcome': CASE_TEAM,
    'programmes.healthReport': STAFF,
    'participants.list': STAFF,
    'participants.checkDuplicates': CASE_TEAM,
    'participants.register': CASE_TEAM,
    // Issue 15: children's and parents' committees.
    'committees.list': STAFF,
    'committees.byId': STAFF,
    'committees.create': ['admin', 'supervisor'],
    'committees.addMember': CASE_TEAM,
    'committees.recordMeeting': CASE_TEAM,
    'committees.answerIssue': CASE_TEAM,
    'donors.list': ['admin'],
    'donors.gifts': ['admin'],
    'donors.recordGift': ['admin'],
    'donors.settings': ['admin'],
    'donors.saveSettings': ['admin'],
    // Issue 11: duplicates merged by a supervisor, and undone.
    'merges.compare': ['admin', 'supervisor'],
    'merges.merge': ['admin', 'supervisor'],
    'merges.undo': ['admin', 'supervisor'],
    'merges.history': ['admin', 'supervisor'],
    'merges.mergedInto': CASE_TEAM,
    // Issue 15: the child's views at decisions; feedback and complaints (complaints about staff are filtered to
    // safeguarding leads inside these procedures, tested in feedback.int.test.ts).
    'childVoices.list': CASE_TEAM,
    'childVoices.record': CASE_TEAM,
    'childVoices.toReview': ['admin', 'supervisor'],
    'childVoices.acknowledge': ['admin', 'supervisor'],
    'feedback.list': CASE_TEAM,
    'feedback.byId': CASE_TEAM,
    'feedback.record': CASE_TEAM,
    'feedback.answer': CASE_TEAM,
    'feedback.close': CASE_TEAM,
    'feedback.myWork': CASE_TEAM,
  },
  hive: {
    'auth.signIn': 'public',
    'auth.me': 'public',
    'auth.signOut': 'public',
    'geography.villages': ['hive_volunteer'],
    'needs.submit': ['hive_volunteer'],
    'needs.mine': ['hive_volunteer'],
    'needs.edit': ['hive_volunteer'],
    'needs.withdraw': ['hive_volunteer'],
    'needs.board': ['hive_volunteer'],
    'committees.board': ['hive_volunteer'],
    'feedback.submit': ['hive_volunteer'],
  },
  supporters: {
    'auth.signIn': 'public',
    'auth.me': 'public',
    'auth.signOut': 'public',
    'impact.latest': 'public',
    'impact.snapshots': 'public',
    'impact.trends': 'public',
    'impact.servicesByType': 'public',
    'impact.map': 'public',
    'impact.hiveProgress': 'public',
    'impact.tables': 'public',
    'impact.tablesCsv': 'public',
    'impact.annualSummary': 'public',
    'stories.published': 'public',
    'volunteering.opportunities': ['volunteer'],
    'volunteering.signUp': ['volunteer'],
    'volunteering.cancelSignUp': ['volunteer'],
    'volunteering.mySignUps': ['volunteer'],
    'volunteering.mySafeguarding': ['volunteer'],
    'volunteering.logHours': ['volunteer'],
    'volunteering.myHours': ['volunteer'],
    'giving.mine': ['donor'],
    'giving.receipt': ['donor'],
    'giving.updates': ['donor'],
    'giving.saveUpdates': ['donor'],
    'giving.unsubscribe': 'public',
    // Issue 16: anyone may apply to volunteer; a volunteer changes the temporary password from their acceptance.
    'volunteerApplications.submit': 'public',
    'account.changePassword': ['volunteer'],
  },
};

type AnyProcedure = { _def: { meta?: Meta; type: string } };
const proceduresOf = (r: { _def: { procedures: object } }) => Object.entries(r._def.procedures as Record<string, AnyProcedure>);

async function outcome(call: () => Promise<unknown>): Promise<'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN'> {
  try {
    await call();
    return 'allowed';
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    // Policy refusals come from the policy middleware with these codes; anything else (bad input, not found) got past it.
    if ((error.code === 'UNAUTHORIZED' || error.code === 'FORBIDDEN') && !error.cause) return error.code;
    return 'allowed';
  }
}

describe('access policies', () => {
  const { db, cleanup } = createTestDatabase();
  const users = new Map<Role, CurrentUser>();
  beforeAll(() => {
    for (const role of roles) users.set(role, makeUser(db, role, ['020303']));
  });
  afterAll(cleanup);

  for (const [portal, portalRouter] of Object.entries(portalRouters) as [Portal, (typeof portalRouters)[Portal]][]) {
    describe(portal, () => {
      it('declares a policy for every procedure, matching the access table', () => {
        const declared = Object.fromEntries(
          proceduresOf(portalRouter).map(([path, p]) => {
            const policy = p._def.meta?.policy;
            return [path, policy ? (policy.kind === 'public' ? 'public' : [...policy.roles].sort()) : 'MISSING'];
          }),
        );
        const table = Object.fromEntries(Object.entries(expected[portal]).map(([k, v]) => [k, v === 'public' ? v : [...v].sort()]));
        expect(declared).toEqual(table);
      });

      for (const [path] of proceduresOf(portalRouter)) {
        it(`${path}: only the expected roles get past the policy`, async () => {
          const allowed = expected[portal][path];
          const callers: [string, CurrentUser | null][] = [['anonymous', null], ...roles.map((r) => [r, users.get(r)!] as [string, CurrentUser])];
          for (const [who, user] of callers) {
            const caller = createCallerFactory(portalRouter as AnyRouter)(testContext(db, portal, user)) as unknown as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
            const [ns, name] = path.split('.') as [string, string];
            // Deliberately invalid input for procedures that take input: the policy must run before validation.
            const result = await outcome(() => caller[ns]![name]!(path === 'auth.signIn' ? { username: 'nobody-here', password: 'x' } : undefined));
            const shouldPass = allowed === 'public' || (user !== null && allowed!.includes(user.role));
            expect({ who, result: result === 'allowed' }).toEqual({ who, result: shouldPass });
          }
        });
      }
    });
  }

  it('refuses a procedure that forgot its policy', async () => {
    const forgetful = router({ leak: unguardedProcedureForTests.input(z.void()).query(() => 'secret') });
    const caller = createCallerFactory(forgetful)(testContext(db, 'staff', users.get('admin')!));
    await expect(caller.leak()).rejects.toThrow(/no access policy/);
  });
});
