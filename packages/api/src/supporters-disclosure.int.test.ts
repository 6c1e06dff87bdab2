// THE CHECK (issue 5): no supporters procedure returns any field of a child, household, case note or user other
// than the signed-in person's own, for every procedure and every role (anonymous, donor, volunteer). Every value
// that could identify someone is collected from the database and looked for in every serialized response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import {
  buildSnapshot,
  createOpportunity,
  DEMO_PASSWORD,
  findUserForSignIn,
  publishSnapshot,
  reviewSnapshot,
  schema,
  seedDemo,
  signUpForOpportunity,
  submitSnapshotForReview,
  unsubscribeToken,
  type Db,
} from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import type { CurrentUser } from '@kruosar/domain';
import { hashPassword } from './auth/password';
import { supportersRouter } from './portals/supporters';
import { createCallerFactory, type Meta } from './trpc';
import { makeUser, testContext, TEST_NOW } from './testing';

type Finding = { what: string; where: string };
type Forbidden = { substrings: Map<string, string>; leaves: Map<string, string> };

/** Keys that name a person's or a case's field; `username` is allowed for the signed-in person's own. */
const FORBIDDEN_KEY = /^(dateOfBirth|childName|childId|caseId|caseReference|householdId|householdMemberId|reference|phone|contactPhone|contactName|username|givenName\w*|familyName\w*|passwordHash|totpSecret|caseNotes?|noteText)$/i;

const add = (map: Map<string, string>, value: string | null | undefined, what: string, minLength = 1) => {
  const v = (value ?? '').trim();
  if (v.length >= minLength) map.set(v, what);
};

/**
 * Everything that could identify a child, a family, a case or another user. Free texts count from 12 characters
 * (shorter ones such as "Other" are not anyone's); usernames ("admin", "hive") are words, so they count only as
 * a whole value, never as part of one.
 */
function forbiddenValues(db: Db, self: CurrentUser | null): Forbidden {
  const substrings = new Map<string, string>();
  const leaves = new Map<string, string>();
  for (const c of db.select().from(schema.children).all()) {
    add(substrings, c.id, 'child id');
    for (const name of [`${c.givenNameLatin} ${c.familyNameLatin}`, `${c.familyNameLatin} ${c.givenNameLatin}`, `${c.familyNameKm} ${c.givenNameKm}`, `${c.familyNameKm}${c.givenNameKm}`, `${c.givenNameKm} ${c.familyNameKm}`]) {
      add(substrings, name, "child's name");
    }
    add(leaves, c.dateOfBirth, "child's date of birth");
    add(substrings, c.notes, 'child notes', 12);
  }
  for (const h of db.select().from(schema.households).all()) {
    add(substrings, h.id, 'household id');
    add(substrings, h.address, 'household address', 12);
  }
  for (const m of db.select().from(schema.householdMembers).all()) {
    add(substrings, m.id, 'household member id');
    add(substrings, m.nameKm, 'household member name', 4);
    add(substrings, m.nameLatin, 'household member name', 4);
    add(substrings, m.phone, 'household member phone', 6);
    add(leaves, m.dateOfBirth, "household member's date of birth");
  }
  for (const c of db.select().from(schema.cases).all()) {
    add(substrings, c.id, 'case id');
    add(substrings, c.reference, 'case reference');
    add(substrings, c.summary, 'case summary', 12);
  }
  for (const n of db.select().from(schema.caseNotes).all()) {
    add(substrings, n.id, 'case note id');
    add(substrings, n.text, 'case note text', 12);
  }
  for (const p of db.select().from(schema.placements).all()) add(substrings, p.notes, 'placement notes', 12);
  for (const s of db.select().from(schema.services).all()) add(substrings, s.notes, 'service notes', 12);
  for (const c of db.select().from(schema.closures).all()) add(substrings, c.summary, 'closure summary', 12);
  for (const n of db.select().from(schema.hiveNeeds).all()) {
    add(substrings, n.description, 'hive need description', 12);
    add(substrings, n.contactName, 'hive need contact name', 4);
    add(substrings, n.contactPhone, 'hive need contact phone', 6);
  }
  for (const u of db.select().from(schema.users).all()) {
    if (u.id === self?.id) continue;
    add(substrings, u.id, 'another user id');
    add(substrings, u.displayName, "another user's name", 4);
    add(leaves, u.username, "another user's username");
  }
  // The signed-in person's own name is theirs to see, even where an invented household member shares it.
  if (self) for (const own of [self.displayName, self.username, self.id]) {
    substrings.delete(own);
    leaves.delete(own);
  }
  return { substrings, leaves };
}

/** Every forbidden value or key in a serialized response. */
function findLeaks(response: unknown, forbidden: Forbidden, self: CurrentUser | null, where: string): Finding[] {
  const found: Finding[] = [];
  const text = JSON.stringify(response) ?? '';
  for (const [value, what] of forbidden.substrings) if (text.includes(value)) found.push({ what: `${what}: ${value}`, where });
  const walk = (node: unknown, key: string) => {
    if (typeof node === 'string') {
      const what = forbidden.leaves.get(node);
      if (what) found.push({ what: `${what}: ${node}`, where: `${where} (${key})` });
      return;
    }
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (FORBIDDEN_KEY.test(k) && !(k === 'username' && self !== null && v === self.username)) found.push({ what: `key ${k}`, where });
      walk(v, k);
    }
  };
  walk(response, '');
  return found;
}

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
type Role = 'anonymous' | 'donor' | 'volunteer';
const users: Record<Role, CurrentUser | null> = { anonymous: null, donor: null, volunteer: null };
type Prepared = { publishedIds: string[]; tableNames: Map<string, string[]>; openOpportunity: string; cancellable: { signupId: string; expectedVersion: number }; loggable: string };
let prepared: Prepared;

const demoUser = (username: string): CurrentUser => {
  const { passwordHash: _hash, ...user } = findUserForSignIn(db, username)!;
  return user;
};

beforeAll(async () => {
  await seedDemo(db, { children: 150, now: new Date(TEST_NOW), hashPassword });
  users.donor = demoUser('donor');
  users.volunteer = demoUser('volunteer');
  const work = (username: string, now = new Date(TEST_NOW)) => ({ actor: demoUser(username), portal: 'staff', now });
  // The demo published 2026-Q2; publish 2026-Q3 too, as an analyst would.
  const draft = buildSnapshot(db, work('analyst'), { quarter: '2026-Q3' });
  const sent = submitSnapshotForReview(db, work('analyst'), { id: draft.id, expectedVersion: draft.version });
  const approved = reviewSnapshot(db, work('admin'), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'approve', reason: '' } });
  publishSnapshot(db, work('analyst'), { id: approved.id, expectedVersion: approved.version });

  // Other volunteers on the same shifts, so a leak of who else signed up would show.
  const others = [makeUser(db, 'volunteer'), makeUser(db, 'volunteer')];
  const shifts = db.select().from(schema.volunteerOpportunities).all();
  for (const other of others) for (const s of shifts.filter((x) => x.shiftDate >= '2026-11-21')) signUpForOpportunity(db, { actor: other, portal: 'supporters', now: new Date(TEST_NOW) }, { opportunityId: s.id });
  const volunteerWork = (now = new Date(TEST_NOW)) => ({ actor: users.volunteer!, portal: 'supporters', now });
  const open = (title: string) => createOpportunity(db, work('supervisor'), { title, description: '', communeCode: '020303', shiftDate: '2026-12-05', startTime: '09:00', endTime: '12:00', capacity: 5, nearChildren: false }).id;
  const cancellable = signUpForOpportunity(db, volunteerWork(), { opportunityId: open('Shift to cancel (test)') });
  const past = createOpportunity(db, work('supervisor', new Date('2026-11-10T02:00:00Z')), { title: 'Past shift (test)', description: '', communeCode: '020303', shiftDate: '2026-11-15', startTime: '09:00', endTime: '12:00', capacity: 5, nearChildren: false });
  const loggable = signUpForOpportunity(db, volunteerWork(new Date('2026-11-10T02:00:00Z')), { opportunityId: past.id });

  const published = db.select().from(schema.impactSnapshots).all().filter((s) => s.status === 'published' || s.status === 'superseded');
  const tableNames = new Map(published.map((s) => [s.id, (s.tables as { tables: { name: string }[] }).tables.map((t) => t.name)]));
  prepared = { publishedIds: published.map((s) => s.id), tableNames, openOpportunity: open('Shift to sign up for (test)'), cancellable: { signupId: cancellable.id, expectedVersion: cancellable.version }, loggable: loggable.id };
}, 120_000);

/** Valid inputs for every supporters procedure; a new procedure without a row here fails the test. */
function inputsFor(path: string, role: Role): unknown[] {
  const p = prepared;
  const password = { anonymous: 'not-the-password', donor: DEMO_PASSWORD, volunteer: DEMO_PASSWORD }[role];
  const table: Record<string, unknown[]> = {
    'auth.signIn': [{ username: role === 'anonymous' ? 'volunteer' : role, password }],
    'auth.me': [undefined],
    'auth.signOut': [undefined],
    'impact.latest': [undefined],
    'impact.snapshots': [undefined],
    'impact.trends': [undefined],
    'impact.servicesByType': [undefined, ...p.publishedIds.map((snapshotId) => ({ snapshotId }))],
    'impact.map': [undefined],
    'impact.hiveProgress': [undefined],
    'impact.tables': p.publishedIds.map((snapshotId) => ({ snapshotId })),
    'impact.tablesCsv': [...p.tableNames].flatMap(([snapshotId, names]) => names.map((table) => ({ snapshotId, table }))),
    'impact.annualSummary': [{ year: 2026 }, { year: 2025 }],
    'stories.published': [undefined],
    'volunteering.opportunities': [undefined],
    'volunteering.signUp': [{ opportunityId: p.openOpportunity }],
    'volunteering.cancelSignUp': [p.cancellable],
    'volunteering.mySignUps': [undefined],
    'volunteering.mySafeguarding': [undefined],
    'volunteering.logHours': [{ signupId: p.loggable, hours: 2.5, note: 'Helped at the past shift' }],
    'volunteering.myHours': [undefined],
    'giving.mine': [undefined],
    'giving.receipt': db.select().from(schema.gifts).all().map((g) => ({ giftId: g.id })),
    'giving.updates': [undefined],
    'giving.saveUpdates': [{ quarterlyUpdates: true, email: 'donor@example.org' }],
    'giving.unsubscribe': [{ token: unsubscribeToken(db, demoUser('donor').id) }],
  };
  const inputs = table[path];
  if (!inputs) throw new Error(`No test input for ${path}: add it to inputsFor so its responses are checked`);
  return inputs;
}

type AnyProcedure = { _def: { meta?: Meta; type: string } };
const procedures = Object.keys(supportersRouter._def.procedures as unknown as Record<string, AnyProcedure>);

describe('supporters responses identify nobody', () => {
  it('has a test input for every supporters procedure', () => {
    for (const path of procedures) expect(() => inputsFor(path, 'volunteer'), path).not.toThrow();
  });

  for (const role of ['anonymous', 'donor', 'volunteer'] as const) {
    it(`returns no child, household, case note or other user's field to ${role === 'anonymous' ? 'an anonymous visitor' : `a ${role}`}`, async () => {
      const self = users[role];
      const forbidden = forbiddenValues(db, self);
      const findings: Finding[] = [];
      const answered: string[] = [];
      for (const path of procedures) {
        const [ns, name] = path.split('.') as [string, string];
        for (const input of inputsFor(path, role)) {
          const caller = createCallerFactory(supportersRouter)(testContext(db, 'supporters', self)) as unknown as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>;
          let response: unknown;
          try {
            response = await caller[ns]![name]!(input);
            answered.push(path);
          } catch (error) {
            if (!(error instanceof TRPCError)) throw error;
            // What a refusal says is a response too.
            response = { code: error.code, message: error.message };
          }
          findings.push(...findLeaks(response, forbidden, self, `${path} ${JSON.stringify(input) ?? ''}`.slice(0, 160)));
        }
      }
      expect(findings).toEqual([]);
      // The check means something only if the procedures answered: public ones for all, the volunteer's for them.
      const expectAnswered = procedures.filter((p) => !p.startsWith('volunteering.') || role === 'volunteer').filter((p) => !p.startsWith('giving.') || p === 'giving.unsubscribe' || role === 'donor').filter((p) => !(role === 'anonymous' && p === 'auth.signIn'));
      expect([...new Set(answered)].sort()).toEqual(expectAnswered.sort());
    }, 120_000);
  }

  it('would catch a leaked name, id, date of birth or key (the scanner itself)', () => {
    const forbidden = forbiddenValues(db, users.volunteer);
    const child = db.select().from(schema.children).all()[7]!;
    const c = db.select().from(schema.cases).all()[3]!;
    const other = db.select().from(schema.users).all().find((u) => u.username === 'donor')!;
    const leaky = {
      figures: [{ key: 'children_reunified', value: '<10', note: `e.g. ${child.givenNameLatin} ${child.familyNameLatin}` }],
      when: child.dateOfBirth,
      ref: `see ${c.reference}`,
      by: other.username,
      nested: { dateOfBirth: 'x', householdId: 'y' },
    };
    const found = findLeaks(leaky, forbidden, users.volunteer, 'fake').map((f) => f.what.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(["child's name", "child's date of birth", 'case reference', "another user's username", 'key dateOfBirth', 'key householdId']));
    // The volunteer's own username is theirs to see.
    expect(findLeaks({ username: users.volunteer!.username }, forbidden, users.volunteer, 'own')).toEqual([]);
  });
});
