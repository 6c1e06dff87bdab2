// Demo residential care: institutions, children admitted to them, tracing requests in the children's own words
// with the steps taken, one family found and preparing the return; and a hive need whose contact is a mother
// looking for her daughter, for the matcher to find. All synthetic, marked "(demo)".
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { addDays, cambodiaToday } from '@kruosar/domain';
import type { Db } from '../client';
import { cases } from '../schema/index';
import { submitNeed } from '../repositories/needs';
import { listChildUnits } from '../repositories/geography';
import { addReintegrationStep, submitReintegrationAssessment } from '../repositories/reintegration';
import { addTraceAction, admitToInstitution, createInstitution, openTracingRequest, recordTracingOutcome } from '../repositories/tracing';
import type { Work } from '../repositories/case-workflow';
import { caseworkerCommunes } from './demo-users';
import { demoCommuneCodes } from './battambang';

const institutionsToSeed = [
  { name: 'Battambang Children’s Centre (demo)', type: 'residential_care_centre', communeCode: demoCommuneCodes[3] },
  { name: 'Wat Kandal Pagoda Home (demo)', type: 'pagoda', communeCode: demoCommuneCodes[4] },
  { name: 'Provincial Transit Centre (demo)', type: 'transit_centre', communeCode: demoCommuneCodes[5] },
] as const;

/** What demo children said, in their own words (Khmer as spoken, and English). */
const accounts = [
  { text: 'ខ្ញុំចាំថាម្ដាយខ្ញុំឈ្មោះ សុភា។ ផ្ទះយើងនៅជិតវត្តមានដើមត្នោតធំ។ (demo)', people: [{ relation: 'mother', name: 'សុខ សុភា' }], places: 'Near a pagoda with a big palm tree' },
  { text: 'My grandmother sold rice cakes at the market. My big brother is Dara. I was seven when I came on the bus. (demo)', people: [{ relation: 'grandparent', name: 'Chea Thida' }, { relation: 'sibling', name: 'Dara' }], places: 'The market by the river' },
  { text: 'ប៉ាខ្ញុំឈ្មោះ វិចិត្រ គាត់ជិះម៉ូតូឌុប។ ខ្ញុំមានប្អូនស្រីម្នាក់។ (demo)', people: [{ relation: 'father', name: 'ម៉ៅ វិចិត្រ' }], places: '' },
  { text: 'I do not remember my village. Mum called me "Pov". There was a school with a blue gate. (demo)', people: [], places: 'A school with a blue gate' },
] as const;

/** Seeds once: nothing is added when an institution exists. Returns the institutions added. */
export function seedDemoTracing(db: Db, params: { now: Date; userIds: Map<string, string> }): number {
  if ((db.get<{ n: number }>(sql`select count(*) as n from institutions`)?.n ?? 0) > 0) return 0;
  const supervisorId = params.userIds.get('supervisor');
  if (!supervisorId) return 0;
  const w: Work = { actor: { id: supervisorId, role: 'supervisor', communeCodes: [...demoCommuneCodes] }, portal: 'staff', now: params.now };
  const today = cambodiaToday(params.now);
  const institutions = institutionsToSeed.map((i) => createInstitution(db, w, { ...i, contactName: 'Duty officer (demo)', contactPhone: '012 000 000' }));
  // Children of the second caseworker's communes, so the first caseworker's own cases stay free for the walkthrough.
  const chosen = db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.status, 'open'), isNull(cases.archivedAt), sql`${cases.communeCode} in ${[...caseworkerCommunes.caseworker2]}`))
    .orderBy(asc(cases.reference))
    .limit(8)
    .all();
  chosen.forEach((c, i) => {
    admitToInstitution(db, w, { caseId: c.id, input: { institutionId: institutions[i % institutions.length]!.id, admittedOn: addDays(today, -400 - i * 90) } });
    const account = accounts[i];
    if (!account) return;
    const request = openTracingRequest(db, w, {
      caseId: c.id,
      input: {
        openedOn: addDays(today, -120 + i * 10),
        childAccount: account.text,
        people: account.people.map((p) => ({ ...p })),
        placesRemembered: account.places,
        placeCode: null,
        ageAtSeparation: 6 + i,
        language: 'Khmer',
        institutionRecords: 'Admitted by DoSVY; no family details on file (demo).',
      },
    });
    addTraceAction(db, w, { tracingRequestId: request.id, input: { kind: 'village_chief', actionOn: addDays(today, -100 + i * 10), who: 'Village chief (demo)', place: 'Village office', result: 'Two families with this name lived here; one moved to Thailand.', nextStep: 'Phone the commune chief' } });
    addTraceAction(db, w, { tracingRequestId: request.id, input: { kind: 'phone_call', actionOn: addDays(today, -90 + i * 10), who: 'Commune chief (demo)', place: 'By phone', result: 'Will ask at the next commune meeting.', nextStep: '' } });
    if (i === 0) {
      recordTracingOutcome(db, w, { id: request.id, expectedVersion: request.version, input: { outcome: 'family_found', note: 'Mother met at the market (demo)' } });
      submitReintegrationAssessment(db, w, {
        caseId: c.id,
        input: {
          assessedOn: addDays(today, -20),
          familyCapacity: 'Mother sells vegetables; an aunt helps with the children (demo).',
          childWishes: 'ខ្ញុំចង់នៅជាមួយម្ដាយ ហើយទៅរៀនវិញ។ (demo)',
          childFears: 'I am scared the other children at school will not know me. (demo)',
          safety: 'No violence reported; the commune council knows the family (demo).',
          schoolPlan: 'Enrol at the village primary school in grade 3 (demo).',
          healthPlan: 'Health centre 3 km away; ID Poor card being renewed (demo).',
        },
      });
      addReintegrationStep(db, w, { caseId: c.id, input: { kind: 'family_meeting', description: 'With the mother and the aunt (demo)', owner: 'Caseworker', dueOn: addDays(today, 7) } });
    }
  });
  // A mother looking for her daughter, known to a hive volunteer: the matcher can propose her.
  const hive2 = params.userIds.get('hive2');
  const commune = demoCommuneCodes[1];
  const village = listChildUnits(db, commune).find((u) => u.level === 'village');
  if (hive2 && village) {
    submitNeed(db, {
      volunteerId: hive2,
      volunteerCommunes: [commune],
      input: {
        id: '7d1e3a52-5c8b-4c1e-9a61-0d3f8b2c4e10',
        villageCode: village.code,
        category: 'other',
        urgency: 'soon',
        description: 'A mother asks for help to find her daughter, taken to a centre years ago (demo).',
        contactName: 'ខៀវ ស្រីពៅ (demo)',
        contactPhone: '',
        consentToContact: true,
        reportedAt: addDays(today, -3) + 'T02:00:00.000Z',
      },
      now: params.now,
    });
  }
  return institutions.length;
}
