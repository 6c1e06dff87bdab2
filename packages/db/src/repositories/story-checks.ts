// The automatic checks on a story against the records: names, case references, places; overrules by a reviewer.
import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { DomainError, findStoryHits, forbidden, notFound, type Role, type StoryHit, type StoryRecords } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { cases, children, geoUnits, hiveCommitteeMembers, hiveVolunteers, householdMembers, stories, storyCheckOverrules, storyVersions, users } from '../schema/index';
import { appendAudit } from './audit';
import type { Work } from './case-workflow';

export type StoryFinding = Omit<StoryHit, 'start' | 'end'> & { overrule: { reason: string; byName: string; at: string } | null };
export type StoryCheck = { storyId: string; versionId: string; findings: StoryFinding[]; open: number };

/** Who may overrule a finding: those who may review a story. */
export const storyReviewerRoles: readonly Role[] = ['admin', 'supervisor', 'analyst'];

/** Everything a story is checked against. Names only go into the matching, never out of this function's caller. */
export function loadStoryRecords(db: Db): StoryRecords {
  const people: { name: string; role: StoryRecords['people'][number]['role'] }[] = [];
  for (const c of db.select({ km: children.givenNameKm, kmFamily: children.familyNameKm, latin: children.givenNameLatin, latinFamily: children.familyNameLatin }).from(children).all()) {
    people.push({ name: `${c.kmFamily} ${c.km}`, role: 'child' }, { name: `${c.latinFamily} ${c.latin}`, role: 'child' });
  }
  for (const m of db.select({ km: householdMembers.nameKm, latin: householdMembers.nameLatin }).from(householdMembers).all()) {
    people.push({ name: m.km, role: 'household_member' });
    if (m.latin) people.push({ name: m.latin, role: 'household_member' });
  }
  for (const u of db.select({ name: users.displayName }).from(users).all()) people.push({ name: u.name, role: 'staff' });
  for (const v of db.select({ name: hiveVolunteers.name }).from(hiveVolunteers).all()) people.push({ name: v.name, role: 'volunteer' });
  for (const v of db.select({ name: hiveCommitteeMembers.name }).from(hiveCommitteeMembers).all()) people.push({ name: v.name, role: 'volunteer' });
  const caseReferences = db.select({ ref: cases.reference }).from(cases).all().map((r) => r.ref);
  const places = db
    .select({ code: geoUnits.code, level: geoUnits.level, nameKm: geoUnits.nameKm, nameLatin: geoUnits.nameLatin })
    .from(geoUnits)
    .where(inArray(geoUnits.level, ['district', 'commune', 'village']))
    .all() as StoryRecords['places'] extends readonly (infer P)[] ? P[] : never;
  // One name a person: the same name twice would only be found twice.
  const unique = [...new Map(people.filter((p) => p.name.trim() !== '').map((p) => [`${p.role}:${p.name}`, p])).values()];
  return { people: unique, caseReferences, places };
}

function currentText(db: Db, storyId: string) {
  const story = db.select({ versionId: stories.currentVersionId, authorId: stories.authorId }).from(stories).where(eq(stories.id, storyId)).get();
  if (!story) throw notFound('Story');
  const v = db.select().from(storyVersions).where(eq(storyVersions.id, story.versionId)).get()!;
  return { ...story, text: [v.title, v.pseudonym, v.body].join('\n') };
}

/** The findings of a story's current version, each with its overrule if a reviewer gave one. */
export function checkStory(db: Db, storyId: string, records: StoryRecords = loadStoryRecords(db)): StoryCheck {
  const { versionId, text } = currentText(db, storyId);
  const overrules = new Map(
    db
      .select({ key: storyCheckOverrules.findingKey, reason: storyCheckOverrules.reason, byName: users.displayName, at: storyCheckOverrules.createdAt })
      .from(storyCheckOverrules)
      .innerJoin(users, eq(users.id, storyCheckOverrules.overruledBy))
      .where(eq(storyCheckOverrules.storyId, storyId))
      .all()
      .map((o) => [o.key, { reason: o.reason, byName: o.byName, at: o.at }]),
  );
  const byKey = new Map<string, StoryFinding>();
  for (const { start: _start, end: _end, ...hit } of findStoryHits(text, records)) byKey.set(hit.key, { ...hit, overrule: overrules.get(hit.key) ?? null });
  const findings = [...byKey.values()];
  return { storyId, versionId, findings, open: findings.filter((f) => f.overrule === null).length };
}

/** Refuse to send a story for review while a finding is neither fixed nor overruled. */
export function assertStoryChecksClear(db: Db, storyId: string) {
  const { findings } = checkStory(db, storyId);
  const open = findings.filter((f) => f.overrule === null);
  if (open.length === 0) return;
  const words = open.slice(0, 6).map((f) => `"${f.text}"`).join(', ');
  throw new DomainError('INVALID', 'errors.storyChecksOpen', `Change or have a reviewer overrule what the checks found first: ${words}.`, 'body');
}

/** A reviewer (not the story's author) lets one finding stay, with a reason; audited. */
export function overruleStoryFinding(db: Db, w: Work, params: { storyId: string; findingKey: string; reason: string }): StoryCheck {
  if (!storyReviewerRoles.includes(w.actor.role)) throw forbidden('Only a reviewer may overrule a check');
  const { authorId } = currentText(db, params.storyId);
  if (authorId === w.actor.id) throw new DomainError('FORBIDDEN', 'errors.selfReview', 'You wrote this story; another member of staff must overrule its checks.');
  const check = checkStory(db, params.storyId);
  const finding = check.findings.find((f) => f.key === params.findingKey);
  if (!finding) throw notFound('Finding');
  inTransaction(db, (tx) => {
    tx.insert(storyCheckOverrules)
      .values({ id: randomUUID(), storyId: params.storyId, findingKey: params.findingKey, reason: params.reason, overruledBy: w.actor.id, createdAt: w.now.toISOString() })
      .onConflictDoUpdate({ target: [storyCheckOverrules.storyId, storyCheckOverrules.findingKey], set: { reason: params.reason, overruledBy: w.actor.id, createdAt: w.now.toISOString() } })
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'story.check.overrule', entity: 'story', entityId: params.storyId, detail: { kind: finding.kind, reason: params.reason } }, w.now);
  });
  return checkStory(db, params.storyId);
}
