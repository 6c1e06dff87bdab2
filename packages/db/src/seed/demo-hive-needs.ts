// A few needs from the demo hive volunteers, in every state of triage, so both portals have something to show.
import { and, asc, eq } from 'drizzle-orm';
import { HiveNeedInput, triagePriority, type NeedCategory, type NeedStatus, type NeedUrgency } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, hiveNeeds } from '../schema/index';
import { needContentHash } from '../repositories/needs';
import { fullName } from './demo-names';
import type { Random } from './random';

const HOUR = 60 * 60 * 1000;

type NeedStory = {
  volunteer: 'hive' | 'hive2';
  category: NeedCategory;
  urgency: NeedUrgency;
  status: NeedStatus;
  daysAgo: number;
  description: string;
  message: string;
};

const stories: readonly NeedStory[] = [
  { volunteer: 'hive', category: 'violence_or_abuse', urgency: 'urgent', status: 'received', daysAgo: 1, description: 'Neighbours hear a child being beaten most evenings (demo).', message: '' },
  { volunteer: 'hive', category: 'food', urgency: 'soon', status: 'triaged', daysAgo: 10, description: 'A grandmother caring for three grandchildren has run out of rice (demo).', message: 'A caseworker will visit this week.' },
  { volunteer: 'hive', category: 'school', urgency: 'can_wait', status: 'resolved', daysAgo: 40, description: 'Two children stopped going to school after their uniforms wore out (demo).', message: 'Uniforms and school supplies were given. Thank you.' },
  { volunteer: 'hive', category: 'documents', urgency: 'soon', status: 'referred', daysAgo: 25, description: 'A six-year-old has no birth certificate and cannot enrol in school (demo).', message: 'Referred to the commune office for late birth registration.' },
  { volunteer: 'hive', category: 'child_at_risk_of_separation', urgency: 'urgent', status: 'linked_to_case', daysAgo: 18, description: 'A mother plans to leave her baby at a pagoda while she works in Thailand (demo).', message: 'A caseworker is now working with this family.' },
  { volunteer: 'hive', category: 'other', urgency: 'can_wait', status: 'received', daysAgo: 0.5, description: 'A family asks how to join the savings group (demo).', message: '' },
  { volunteer: 'hive2', category: 'health', urgency: 'urgent', status: 'triaged', daysAgo: 3, description: 'A boy has had a high fever for four days; the family cannot pay to reach the health centre (demo).', message: 'A caseworker is arranging transport.' },
  { volunteer: 'hive2', category: 'disability', urgency: 'can_wait', status: 'received', daysAgo: 2, description: 'A girl who uses a wheelchair cannot reach school over the muddy road (demo).', message: '' },
  { volunteer: 'hive2', category: 'shelter', urgency: 'soon', status: 'not_actionable', daysAgo: 30, description: 'The roof of a family home was torn off in the storm (demo).', message: 'The commune council disaster fund is handling this.' },
  { volunteer: 'hive2', category: 'livelihood', urgency: 'can_wait', status: 'resolved', daysAgo: 55, description: 'A widowed father needs work so his children can stay at home (demo).', message: 'He has joined the income generation group.' },
  { volunteer: 'hive2', category: 'violence_or_abuse', urgency: 'urgent', status: 'linked_to_case', daysAgo: 12, description: 'A girl told a teacher she is afraid to go home (demo).', message: 'A caseworker is now working with this child.' },
];


export function seedDemoNeeds(
  db: Db,
  params: {
    random: Random;
    now: Date;
    volunteers: Record<'hive' | 'hive2', { id: string; communeCode: string; villages: string[] }>;
    /** Who triages in each commune. */
    caseworkerOf: (communeCode: string) => string;
  },
): number {
  const { random, now } = params;
  let inserted = 0;
  inTransaction(db, (tx) => {
    for (const story of stories) {
      const volunteer = params.volunteers[story.volunteer];
      const reportedAt = new Date(now.getTime() - story.daysAgo * 24 * HOUR);
      const consent = story.category !== 'violence_or_abuse' && random.chance(0.8);
      const contact = consent ? fullName(random, random.chance(0.7) ? 'female' : 'male').latin : '';
      const input = HiveNeedInput.parse({
        id: random.uuid(),
        villageCode: random.pick(volunteer.villages),
        category: story.category,
        urgency: story.urgency,
        description: story.description,
        contactName: contact,
        consentToContact: consent,
        reportedAt: reportedAt.toISOString(),
      });
      // A need "linked to a case" points at a real case that came from the hive in that commune, if there is one.
      const linkedCase =
        story.status === 'linked_to_case'
          ? tx.select({ id: cases.id }).from(cases).where(and(eq(cases.communeCode, volunteer.communeCode), eq(cases.source, 'hive_need'))).orderBy(asc(cases.reference)).limit(1).get()
          : undefined;
      const status: NeedStatus = story.status === 'linked_to_case' && !linkedCase ? 'triaged' : story.status;
      const triaged = status !== 'received';
      const receivedAt = new Date(Math.min(reportedAt.getTime() + random.int(1, 180) * 60_000, now.getTime()));
      const result = tx
        .insert(hiveNeeds)
        .values({
          ...input,
          volunteerId: volunteer.id,
          communeCode: volunteer.communeCode,
          contentHash: needContentHash(input),
          triagePriority: triagePriority(input),
          status,
          messageToVolunteer: triaged ? story.message : '',
          caseId: linkedCase?.id ?? null,
          receivedAt: receivedAt.toISOString(),
          triagedBy: triaged ? params.caseworkerOf(volunteer.communeCode) : null,
          triagedAt: triaged ? new Date(Math.min(receivedAt.getTime() + random.int(2, 48) * HOUR, now.getTime())).toISOString() : null,
        })
        .onConflictDoNothing()
        .run();
      inserted += result.changes;
    }
  });
  return inserted;
}
