// The demo's supporters side: invented stories (published after review), volunteer shifts in the hive communes,
// and one published impact snapshot so the public page has figures. Everything is marked "(demo)".
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { stories, volunteerOpportunities } from '../schema/index';
import type { Actor, Work } from '../repositories/case-workflow';
import { cambodiaToday } from '../repositories/hive-facts';
import { buildSnapshot, publishSnapshot, reviewSnapshot, submitSnapshotForReview } from '../repositories/snapshots';
import { createStory, publishStory, reviewStory, submitStoryForReview, type StoryInput } from '../repositories/stories';
import { createOpportunity, logVolunteerHours, signUpForOpportunity } from '../repositories/volunteering';
import { demoCommuneCodes } from './battambang';
import { demoUsers } from './demo-users';

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Pseudonyms are words, not Khmer names, so they can never be mistaken for (or collide with) a child's name. */
const demoStories = (today: string): StoryInput[] => [
  {
    locale: 'en', title: 'Home with her grandmother (demo)', pseudonym: 'Lotus', provinceCode: '02',
    body: 'Lotus lived in a children’s centre for three years. Our team found her grandmother, helped repair the house and enrolled Lotus in the village school. She now walks to school with her cousins. (This story is invented for the demo.)',
    guardianConsentOn: addDays(today, -30), childConsentOn: addDays(today, -30), consentExpiresOn: addDays(today, 365),
  },
  {
    locale: 'km', title: 'ត្រឡប់មកផ្ទះវិញ (សាកល្បង)', pseudonym: 'ផ្កាយ', provinceCode: '02',
    body: 'ផ្កាយ បានរស់នៅក្នុងមជ្ឈមណ្ឌលកុមារអស់រយៈពេលពីរឆ្នាំ។ ក្រុមការងាររបស់យើងបានជួយគ្រួសាររបស់គាត់ឱ្យមានប្រាក់ចំណូល ហើយឥឡូវនេះ ផ្កាយ រស់នៅជាមួយម្តាយវិញ។ (រឿងនេះប្រឌិតឡើងសម្រាប់ការសាកល្បង។)',
    guardianConsentOn: addDays(today, -20), childConsentOn: addDays(today, -20), consentExpiresOn: addDays(today, 300),
  },
  {
    locale: 'en', title: 'A village that looks after its children (demo)', pseudonym: 'River', provinceCode: null,
    body: 'When River’s father fell ill, a Village Hive volunteer noticed that River had stopped going to school. The commune council found support for the family within a week. (This story is invented for the demo.)',
    guardianConsentOn: addDays(today, -10), childConsentOn: addDays(today, -10), consentExpiresOn: addDays(today, 200),
  },
];

function actorsOf(userIds: Map<string, string>): (username: string) => Actor {
  return (username) => {
    const user = demoUsers.find((u) => u.username === username)!;
    return { id: userIds.get(username)!, role: user.role, communeCodes: user.communeCodes };
  };
}

function seedStories(db: Db, at: (username: string) => Work, today: string) {
  for (const input of demoStories(today)) {
    const draft = createStory(db, at('caseworker'), input);
    const sent = submitStoryForReview(db, at('caseworker'), { id: draft.id, expectedVersion: draft.version });
    const approved = reviewStory(db, at('analyst'), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'approve', reason: '' } });
    publishStory(db, at('analyst'), { id: approved.id, expectedVersion: approved.version });
  }
}

function seedShifts(db: Db, at: (username: string, now?: Date) => Work, today: string, now: Date) {
  const [first, second] = demoCommuneCodes;
  const shift = (title: string, communeCode: string, inDays: number, nearChildren: boolean, capacity: number) => ({
    title: `${title} (demo)`, description: '', communeCode, shiftDate: addDays(today, inDays), startTime: '08:00', endTime: '11:30', capacity, nearChildren,
  });
  createOpportunity(db, at('supervisor'), { ...shift('Reading club at the community centre', first, 5, true, 4), description: 'Read with children aged 6 to 12 alongside our staff.' });
  createOpportunity(db, at('supervisor'), { ...shift('Hive meeting set-up and refreshments', first, 8, false, 3), description: 'Help the commune hive prepare its monthly meeting.' });
  createOpportunity(db, at('supervisor'), { ...shift('Sports afternoon', second, 12, true, 6), startTime: '14:00', endTime: '17:00', description: 'Run games for children with the Village Hive.' });
  createOpportunity(db, at('supervisor'), { ...shift('Sorting donated school supplies', second, 15, false, 5), description: 'Pack school kits at the office; no contact with children.' });
  // A shift that has happened, so the demo volunteer has hours to log: offered and taken a week before it.
  const before = new Date(now.getTime() - 10 * 86_400_000);
  const past = createOpportunity(db, at('supervisor', before), shift('Garden clean-up at the community centre', first, -3, false, 4));
  const signup = signUpForOpportunity(db, at('volunteer', before), { opportunityId: past.id });
  logVolunteerHours(db, at('volunteer'), { signupId: signup.id, hours: 3, note: 'Cleared the vegetable beds (demo).' });
}

/** The quarter before the last one that has ended: published now, so an analyst can still build the last one. */
function demoQuarter(today: string): string {
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  const back = (year * 4 + quarter - 1) - 2;
  return `${Math.floor(back / 4)}-Q${(back % 4) + 1}`;
}

function seedSnapshot(db: Db, at: (username: string) => Work, today: string) {
  const draft = buildSnapshot(db, at('analyst'), { quarter: demoQuarter(today) });
  const sent = submitSnapshotForReview(db, at('analyst'), { id: draft.id, expectedVersion: draft.version });
  const approved = reviewSnapshot(db, at('admin'), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'approve', reason: '' } });
  publishSnapshot(db, at('analyst'), { id: approved.id, expectedVersion: approved.version });
}

/** Returns what was added (0 when the demo's stories and shifts were already there). */
export function seedDemoSupporters(db: Db, params: { now: Date; userIds: Map<string, string> }): number {
  const present = db.get<{ n: number }>(sql`select (select count(*) from ${stories}) + (select count(*) from ${volunteerOpportunities}) as n`).n;
  if (present > 0) return 0;
  const actor = actorsOf(params.userIds);
  const at = (username: string, now = params.now): Work => ({ actor: actor(username), portal: 'staff', now });
  const today = cambodiaToday(params.now);
  seedStories(db, at, today);
  seedShifts(db, (username, now) => ({ ...at(username, now), portal: username === 'volunteer' ? 'supporters' : 'staff' }), today, params.now);
  seedSnapshot(db, at, today);
  return 1;
}
