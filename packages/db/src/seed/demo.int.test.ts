import { asc, eq, sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaseListInput, ageOn, isPastFirstContactTarget, roles, type RiskLevel } from '@kruosar/domain';
import { createTestDatabase } from '../testing/index';
import type { Db } from '../client';
import { cases, children, hiveNeeds, householdMembers, userCommunes, users } from '../schema/index';
import { listCases } from '../repositories/cases';
import { verifyAuditChain } from '../repositories/audit';
import { countUnits, findGeoUnit, importGazetteer } from '../repositories/geography';
import { createUser } from '../repositories/users';
import { battambangDemoGazetteer, demoCommuneCodes } from './battambang';
import { DEMO_CHILD_NOTE } from './demo-children';
import { needContentHash } from '../repositories/needs';
import { seedDemo, type SeedDemoOptions } from './demo';
import { DEMO_DUPLICATE_CASES } from './demo-duplicates';

const now = new Date('2026-06-15T03:00:00.000Z');
const options: SeedDemoOptions = { children: 300, now, hashPassword: async (pw) => `test$${pw}` };

const opened: (() => void)[] = [];
function freshDb(): Db {
  const { db, cleanup } = createTestDatabase();
  opened.push(cleanup);
  return db;
}
afterEach(() => opened.splice(0).forEach((cleanup) => cleanup()));

const childNames = (db: Db) =>
  db.select({ km: children.givenNameKm, latin: children.givenNameLatin, family: children.familyNameLatin, dob: children.dateOfBirth, reference: cases.reference, risk: cases.riskLevel })
    .from(cases).innerJoin(children, eq(children.id, cases.childId)).orderBy(asc(cases.reference)).all();

describe('seedDemo', () => {
  let db: Db;
  beforeEach(() => {
    db = freshDb();
  });

  it('seeds geography, one account per role and the requested children', async () => {
    const progress: [number, number][] = [];
    const summary = await seedDemo(db, { ...options, onProgress: (done, total, step) => step === 'children' && progress.push([done, total]) });
    expect(summary).toMatchObject({ children: 300, cases: 300, communes: [...demoCommuneCodes] });
    expect(summary.hiveNeeds).toBeGreaterThan(5);
    expect(db.select({ n: sql<number>`count(*)` }).from(children).get()?.n).toBe(300 + DEMO_DUPLICATE_CASES);
    expect(db.select({ n: sql<number>`count(*)` }).from(cases).get()?.n).toBe(300 + DEMO_DUPLICATE_CASES);
    expect(progress.at(-1)).toEqual([300, 300]);
    expect(countUnits(db, 'commune', '02')).toBe(6);

    const seededRoles = db.select({ role: users.role }).from(users).all().map((u) => u.role);
    expect(new Set(seededRoles)).toEqual(new Set(roles));
    expect(summary.users.every((u) => u.password === 'kruosar-demo' && u.created)).toBe(true);
    const stored = db.select().from(users).all();
    expect(stored.every((u) => u.passwordHash === 'test$kruosar-demo' && u.displayName.endsWith(' (demo)'))).toBe(true);
    const supervisor2 = stored.find((u) => u.username === 'supervisor2')!;
    expect(db.select().from(userCommunes).where(eq(userCommunes.userId, supervisor2.id)).all().map((r) => r.communeCode).sort())
      .toEqual(demoCommuneCodes.slice(0, 3).sort());
    expect(verifyAuditChain(db).ok).toBe(true);
  });

  it('marks every child and adult as synthetic', async () => {
    await seedDemo(db, options);
    const rows = db.select().from(children).all();
    expect(rows.every((c) => c.givenNameLatin.endsWith(' (demo)') && c.notes === DEMO_CHILD_NOTE)).toBe(true);
    const members = db.select({ nameLatin: householdMembers.nameLatin }).from(householdMembers).all();
    expect(members.length).toBeGreaterThan(300);
    expect(members.every((m) => m.nameLatin.endsWith(' (demo)'))).toBe(true);
    const ages = rows.map((c) => ageOn(c.dateOfBirth, now.toISOString().slice(0, 10)));
    expect(Math.min(...ages)).toBe(0);
    expect(Math.max(...ages)).toBe(17);
    for (const c of rows) expect(c.dateOfBirth < c.createdAt.slice(0, 10)).toBe(true);
  });

  it('spreads cases over the demo communes, risk levels and stages', async () => {
    await seedDemo(db, options);
    const rows = db.select().from(cases).all();
    expect(rows.every((c) => (demoCommuneCodes as readonly string[]).includes(c.communeCode))).toBe(true);
    expect(new Set(rows.map((c) => c.communeCode)).size).toBe(6);
    const share = (risk: RiskLevel) => rows.filter((c) => c.riskLevel === risk).length / rows.length;
    expect(share('high')).toBeGreaterThan(0.08);
    expect(share('high')).toBeLessThan(0.25);
    expect(share('low')).toBeGreaterThan(0.38);
    expect(new Set(rows.map((c) => c.stage)).size).toBeGreaterThanOrEqual(5);
    expect(rows.some((c) => c.status === 'closed')).toBe(true);
    const earliest = Math.min(...rows.map((c) => Date.parse(c.registeredAt)));
    expect(now.getTime() - earliest).toBeLessThanOrEqual(730 * 24 * 3600 * 1000);
    expect(now.getTime() - earliest).toBeGreaterThan(600 * 24 * 3600 * 1000);
    // Each case belongs to the caseworker of its commune.
    const caseworkerOf = new Map(db.select().from(users).all().map((u) => [u.id, u.username]));
    for (const c of rows) {
      const expected = demoCommuneCodes.indexOf(c.communeCode as (typeof demoCommuneCodes)[number]) < 3 ? 'caseworker' : 'caseworker2';
      expect(caseworkerOf.get(c.assignedTo!)).toBe(expected);
      expect(c.registeredBy).toBe(c.assignedTo);
    }
  });

  it('leaves at least one high-risk case past its first-contact target', async () => {
    await seedDemo(db, options);
    const rows = db.select().from(cases).all();
    const overdueHigh = rows.filter((c) => c.riskLevel === 'high' && isPastFirstContactTarget({ ...c, riskLevel: 'high' }, now.toISOString()));
    expect(overdueHigh.length).toBeGreaterThan(0);
    const page = listCases(db, { scope: { kind: 'all', identified: true }, input: CaseListInput.parse({ overdueOnly: true, riskLevel: 'high' }), now });
    expect(page.total).toBe(overdueHigh.length);
    // Most older cases have been contacted.
    const older = rows.filter((c) => now.getTime() - Date.parse(c.registeredAt) > 30 * 24 * 3600 * 1000);
    expect(older.filter((c) => c.firstContactAt !== null).length / older.length).toBeGreaterThan(0.95);
  });

  it('stores hive needs whose content hash matches their content', async () => {
    await seedDemo(db, options);
    const needs = db.select().from(hiveNeeds).all();
    expect(new Set(needs.map((n) => n.communeCode))).toEqual(new Set(demoCommuneCodes.slice(0, 2)));
    expect(new Set(needs.map((n) => n.status)).size).toBeGreaterThanOrEqual(5);
    for (const n of needs) {
      const input = { id: n.id, villageCode: n.villageCode, category: n.category, urgency: n.urgency, description: n.description, contactName: n.contactName, contactPhone: n.contactPhone, consentToContact: n.consentToContact, reportedAt: n.reportedAt };
      expect(n.contentHash).toBe(needContentHash(input as Parameters<typeof needContentHash>[0]));
      if (n.status === 'linked_to_case') expect(n.caseId).not.toBeNull();
    }
  });

  it('is deterministic: the same parameters give the same children in the same order', async () => {
    await seedDemo(db, options);
    const other = freshDb();
    await seedDemo(other, options);
    const names = childNames(db);
    expect(names).toHaveLength(300 + DEMO_DUPLICATE_CASES);
    expect(childNames(other)).toEqual(names);
    const needIds = (d: Db) => d.select({ id: hiveNeeds.id }).from(hiveNeeds).orderBy(asc(hiveNeeds.id)).all();
    expect(needIds(other)).toEqual(needIds(db));
  });

  it('can run twice: no duplicate users, no second caseload, and it says so', async () => {
    await seedDemo(db, options);
    const again = await seedDemo(db, options);
    expect(again.children).toBe(0);
    expect(again.users.every((u) => !u.created)).toBe(true);
    expect(again.notes.join('\n')).toMatch(/already has 302 case/);
    expect(db.select({ n: sql<number>`count(*)` }).from(users).get()?.n).toBe(10);
    expect(db.select({ n: sql<number>`count(*)` }).from(cases).get()?.n).toBe(300 + DEMO_DUPLICATE_CASES);
    expect(again.hiveNeeds).toBe(0);
    expect(again.notes.join('\n')).toMatch(/demo programmes were already there/);
    expect(db.$client.prepare('select count(*) from programme_sessions').pluck().get()).toBe(18);
    expect(db.$client.prepare("select count(*) from participants where given_name_latin not like '% (demo)'").pluck().get()).toBe(0);
  });

  it('keeps an imported geography and existing accounts as they are', async () => {
    importGazetteer(db, { ...battambangDemoGazetteer, communes: battambangDemoGazetteer.communes.map((c) => ({ ...c, latin: `${c.latin} (imported)` })) });
    createUser(db, { username: 'admin', displayName: 'Real Admin', role: 'admin', locale: 'km', communeCodes: [], passwordHash: 'own-hash' }, now);
    const summary = await seedDemo(db, options);
    expect(findGeoUnit(db, '020303')?.nameLatin).toBe('Rottanak (imported)');
    expect(summary.notes.join('\n')).toMatch(/already in the geography/);
    expect(db.select().from(users).where(eq(users.username, 'admin')).get()).toMatchObject({ passwordHash: 'own-hash', displayName: 'Real Admin' });
    expect(summary.users.find((u) => u.username === 'admin')?.created).toBe(false);
    expect(summary.users.filter((u) => u.created)).toHaveLength(9);
  });
});
