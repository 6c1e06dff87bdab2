// One obvious duplicate in the demo: the same girl registered twice, a spelling and a birth date apart, each
// registration with its own case and note, so a supervisor can try "Mark as the same as…", compare and merge.
import { sql } from 'drizzle-orm';
import { CaseIntakeInput, type CurrentUser } from '@kruosar/domain';
import type { Db } from '../client';
import { createCaseNote } from '../repositories/case-notes';
import { registerCase } from '../repositories/cases';
import { listChildUnits } from '../repositories/geography';
import { caseworkerCommunes } from './demo-users';
import { DEMO_CHILD_NOTE } from './demo-children';

/** The duplicate pair's Latin given name: the e2e test and the walkthrough find them by it. */
export const DEMO_DUPLICATE_NAME = 'Rachana';
/** The pair is two children with a case each, on top of the requested caseload. */
export const DEMO_DUPLICATE_CASES = 2;

export function seedDemoDuplicates(db: Db, params: { now: Date; userIds: Map<string, string> }): number {
  if ((db.get<{ n: number }>(sql`select count(*) as n from children where given_name_latin like ${`${DEMO_DUPLICATE_NAME}%`}`)?.n ?? 0) > 0) return 0;
  const supervisorId = params.userIds.get('supervisor');
  const caseworkerId = params.userIds.get('caseworker');
  const commune = caseworkerCommunes.caseworker[0];
  const village = listChildUnits(db, commune)[0]?.code;
  if (!supervisorId || !caseworkerId || !village) return 0;
  const registrations = [
    { familyNameLatin: 'Sok', dateOfBirth: '2014-06-12', estimated: false, note: 'First registration, at the commune office (demo).' },
    { familyNameLatin: 'Sokh', dateOfBirth: '2014-06-21', estimated: true, note: 'Registered again by the outreach team, who did not find the first record (demo).' },
  ];
  const caseworker: CurrentUser = { id: caseworkerId, username: 'caseworker', displayName: 'caseworker', role: 'caseworker', locale: 'en', communeCodes: [...caseworkerCommunes.caseworker] };
  for (const r of registrations) {
    const input = CaseIntakeInput.parse({
      child: {
        givenNameKm: 'រចនា', familyNameKm: 'សុខ', givenNameLatin: `${DEMO_DUPLICATE_NAME} (demo)`, familyNameLatin: r.familyNameLatin, sex: 'female',
        dateOfBirth: r.dateOfBirth, dateOfBirthEstimated: r.estimated, schoolStatus: 'enrolled', birthRegistration: 'registered', notes: DEMO_CHILD_NOTE,
      },
      household: { villageCode: village, idPoor: 'level_2', incomeSources: ['farming'], members: [{ nameKm: 'សុខ ម៉ាលី', nameLatin: 'Sok Maly (demo)', sex: 'female', relationship: 'mother', isCaregiver: true }] },
      source: 'intake',
      riskLevel: 'low',
      summary: 'Synthetic demo case: one of two registrations of the same child.',
      duplicatesReviewed: true,
    });
    const { caseId } = registerCase(db, { input, actorId: caseworkerId, assignedTo: caseworkerId, now: params.now });
    createCaseNote(db, { user: caseworker, portal: 'staff', input: { caseId, kind: 'visit', happenedOn: params.now.toISOString().slice(0, 10), contactWith: 'Sok Maly (demo)', text: r.note, sensitive: false }, now: params.now });
  }
  return registrations.length;
}
