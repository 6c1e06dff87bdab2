// Staff case management at 20,000 cases: caseload list, search and case page must each answer in under 50 ms
// at the API (issue 3). Calls go through the real staff router with a demo supervisor's or caseworker's context.
import type { Db } from '@kruosar/db';
import { CaseListInput } from '@kruosar/domain';
import { defineBench } from './registry';
import { staffCallerFor as callerFor } from './staff-caller';

const CASES = 20_000;

/** A Latin and a Khmer fragment of real demo names: a middle part of a given name, as a person half-remembers it. */
function searchTerms(db: Db) {
  const row = db.$client.prepare('select given_name_latin g, family_name_km f from children order by family_name_latin, given_name_latin, date_of_birth limit 1 offset 4321').get() as { g: string; f: string };
  return { latin: row.g.toLowerCase().slice(1, 4), khmer: [...row.f].slice(0, 2).join('') };
}

const page1 = (over: Partial<CaseListInput> = {}) => CaseListInput.parse(over);

export default defineBench({
  name: 'cases',
  description: `caseload, search and case page with ${CASES.toLocaleString('en')} synthetic cases`,
  async run({ demoDatabase, measure, log }) {
    const { db, now } = await demoDatabase(CASES);
    const supervisor = callerFor(db, 'supervisor', now).call;
    const caseworker = callerFor(db, 'caseworker', now).call;
    const terms = searchTerms(db);
    const total = (await supervisor.cases.list(page1())).total;
    log(`  ${total.toLocaleString('en')} cases in the supervisor's communes; searching "${terms.latin}" and "${terms.khmer}"`);

    await measure('caseload page 1, supervisor, no filter', () => supervisor.cases.list(page1()));
    await measure('caseload page 1, caseworker, no filter', () => caseworker.cases.list(page1()));
    await measure('caseload filtered (high risk, implementation)', () => supervisor.cases.list(page1({ riskLevel: 'high', stage: 'implementation' })));
    await measure('caseload overdue first contact', () => supervisor.cases.list(page1({ overdueOnly: true })));
    await measure('caseload sorted by child name', () => supervisor.cases.list(page1({ sort: 'childName', direction: 'asc' })));
    await measure('caseload page 40', () => supervisor.cases.list(page1({ page: 40 })));
    await measure(`search Latin partial "${terms.latin}"`, () => supervisor.cases.list(page1({ search: terms.latin })));
    await measure(`search Khmer partial "${terms.khmer}"`, () => supervisor.cases.list(page1({ search: terms.khmer })));
    await measure('search with no match', () => supervisor.cases.list(page1({ search: 'qqxz' })));

    const own = await caseworker.cases.list(page1({ pageSize: 200 }));
    const caseIds = own.items.map((c) => c.id);
    await measure('case page (byId + timeline), caseworker', async (i) => {
      const caseId = caseIds[i % caseIds.length]!;
      await caseworker.cases.byId({ caseId });
      await caseworker.cases.timeline({ caseId });
    });

    const child = (await caseworker.cases.byId({ caseId: caseIds[7]! })).child;
    const village = (await caseworker.cases.byId({ caseId: caseIds[7]! })).case.villageCode;
    await measure('possible duplicates at intake', () => caseworker.cases.checkDuplicates({ child, villageCode: village }), { targetMs: 150 });

    // Writes and big reads: not in the 50 ms targets, measured so a regression shows.
    await measure('CSV export of the whole caseload (supervisor)', () => supervisor.cases.exportCsv({ sort: 'registeredAt', direction: 'desc' }), { runs: 5, warmup: 1, targetMs: 5000 });
    const targets = ['supervisor2', 'caseworker'].map((u) => callerFor(db, u, now).user.id);
    const thousand = (await supervisor.cases.list(page1({ pageSize: 200, communeCode: '020303' }))).items.map((c) => c.id);
    for (let p = 2; thousand.length < 1000; p++) {
      thousand.push(...(await supervisor.cases.list(page1({ pageSize: 200, page: p, communeCode: '020303' }))).items.map((c) => c.id));
    }
    await measure('bulk assign 1,000 cases', (i) => supervisor.cases.bulkAssign({ caseIds: thousand.slice(0, 1000), toUserId: targets[i % 2]! }), { runs: 6, warmup: 0, targetMs: 5000 });
  },
});
