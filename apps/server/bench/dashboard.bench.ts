// The dashboard and the workflow lists at 20,000 cases: each must answer in under 50 ms at the API like the
// caseload (issue 3). Calls go through the real staff router as the demo caseworker, supervisor, admin and analyst.
import type { Db } from '@kruosar/db';
import { defineBench } from './registry';
import { staffCallerFor } from './staff-caller';

const CASES = 20_000;

const callerFor = (db: Db, username: string, now: Date) => staffCallerFor(db, username, now).call;

export default defineBench({
  name: 'dashboard',
  description: `dashboard, approvals inbox, follow-up lists and case workflow panels with ${CASES.toLocaleString('en')} synthetic cases`,
  async run({ demoDatabase, measure, log }) {
    const { db, now } = await demoDatabase(CASES);
    const [caseworker, supervisor, admin, analyst] = ['caseworker', 'supervisor', 'admin', 'analyst'].map((u) => callerFor(db, u, now));
    const summary = await supervisor!.dashboard.summary();
    const open = summary.openByStageRisk.reduce((n, c) => n + c.count, 0);
    log(`  supervisor: ${open.toLocaleString('en')} open cases, ${summary.pastFirstContact.count} past target, ${summary.approvalsWaiting} approvals waiting, follow-ups ${summary.followUps.dueThisWeek} this week / ${summary.followUps.overdue} overdue`);

    await measure('dashboard summary, caseworker', () => caseworker!.dashboard.summary());
    await measure('dashboard summary, supervisor', () => supervisor!.dashboard.summary());
    await measure('dashboard summary, admin', () => admin!.dashboard.summary());
    await measure('dashboard summary, analyst (counts only)', () => analyst!.dashboard.summary());
    await measure('approvals inbox, supervisor', () => supervisor!.approvals.pending({}));
    await measure('follow-ups due this week, caseworker', () => caseworker!.followUps.dueList({ range: 'this_week' }));
    await measure('follow-ups overdue, supervisor', () => supervisor!.followUps.dueList({ range: 'overdue' }));

    const withPlacements = db.$client
      .prepare("select p.case_id from placements p join cases c on c.id = p.case_id join users u on u.id = c.assigned_to where u.username = 'caseworker' group by p.case_id limit 200")
      .pluck()
      .all() as string[];
    await measure('case workflow tab (workflow.overview), caseworker', (i) => caseworker!.workflow.overview({ caseId: withPlacements[i % withPlacements.length]! }));
  },
});
