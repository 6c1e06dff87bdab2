// Merging two records of one child on a real SQLite file: every row survives and follows the survivor, the audit
// chain keeps verifying, and the undo brings back exactly what was there.
import { afterAll, describe, expect, it } from 'vitest';
import { AssessmentInput, CaseIntakeInput, csiDomains, type CurrentUser } from '@kruosar/domain';
import { inTransaction } from '../client';
import { battambangDemoUnits } from '../seed/battambang';
import { createTestDatabase } from '../testing/index';
import { verifyAuditChain } from './audit';
import { createAssessment } from './assessments';
import { createCaseNote } from './case-notes';
import { registerCase } from './cases';
import { upsertGeoUnits } from './geography';
import { compareForMerge, mergedInto, mergeHistory, mergeRecords, undoMerge } from './record-merges';
import { createUser } from './users';

const now = new Date('2026-05-10T03:00:00.000Z');
const village = '02030301';
const intake = (givenNameLatin: string, dateOfBirth: string) =>
  CaseIntakeInput.parse({
    child: { givenNameKm: 'ដារា', familyNameKm: 'សុខ', givenNameLatin, familyNameLatin: 'Sok', sex: 'female', dateOfBirth, schoolStatus: 'enrolled', birthRegistration: 'registered' },
    household: { villageCode: village, idPoor: 'level_1', members: [{ nameKm: 'ម្ដាយ', nameLatin: `Mother of ${givenNameLatin}`, sex: 'female', relationship: 'mother', isCaregiver: true }] },
    source: 'intake',
    riskLevel: 'medium',
  });

/** Every table a merge may touch, whole, so nothing is missed by a narrower check. */
const tables = ['cases', 'case_notes', 'assessments', 'household_stays', 'household_members', 'households', 'school_enrolments'] as const;

describe('merging duplicate children', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
  const commune = village.slice(0, 6);
  const supervisor: CurrentUser = createUser(db, { username: 'sup', displayName: 'Supervisor (demo)', role: 'supervisor', locale: 'en', communeCodes: [commune], passwordHash: 'x' }, now);
  const outsider: CurrentUser = createUser(db, { username: 'sup2', displayName: 'Other supervisor (demo)', role: 'supervisor', locale: 'en', communeCodes: ['999999'], passwordHash: 'x' }, now);
  const w = { actor: supervisor, portal: 'staff', now };
  const a = registerCase(db, { input: intake('Dara (demo)', '2015-03-01'), actorId: supervisor.id, assignedTo: supervisor.id, now });
  const b = registerCase(db, { input: intake('Darah (demo)', '2015-03-10'), actorId: supervisor.id, assignedTo: supervisor.id, now });
  for (const c of [a, b]) {
    createCaseNote(db, { user: supervisor, portal: 'staff', input: { caseId: c.caseId, kind: 'visit', happenedOn: '2026-05-09', contactWith: '', text: `Visit for ${c.reference}`, sensitive: false }, now });
  }
  const scores = Object.fromEntries(csiDomains.map((d) => [d, { score: 3, reason: 'Mostly fine' }]));
  createAssessment(db, w, { caseId: b.caseId, input: AssessmentInput.parse({ assessedOn: '2026-05-09', scores, protectionConcerns: [], riskLevel: 'medium', riskReason: 'Seen at home', summary: 'Assessment (demo)' }) });
  const childOf = (caseId: string) => (db.$client.prepare('select child_id as id from cases where id = ?').get(caseId) as { id: string }).id;
  const childA = childOf(a.caseId);
  const childB = childOf(b.caseId);
  const dump = () => Object.fromEntries(tables.map((t) => [t, db.$client.prepare(`select * from ${t} order by id`).all()]));
  const childRows = () => db.$client.prepare('select id, given_name_latin, date_of_birth, date_of_birth_estimated, archived_at, merged_into_id, search_text from children order by id').all();

  it('compares the two records and refuses people outside their communes', () => {
    const compare = compareForMerge(db, w, { kind: 'child', fromId: a.caseId, other: b.reference });
    expect(compare.survivor.id).toBe(childA);
    expect(compare.merged.id).toBe(childB);
    expect(compare.conflicts).toEqual(['givenNameLatin', 'dateOfBirth']);
    expect(compare.merged.caseReferences).toEqual([b.reference]);
    expect(() => compareForMerge(db, { ...w, actor: outsider }, { kind: 'child', fromId: a.caseId, other: b.reference })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => compareForMerge(db, w, { kind: 'child', fromId: a.caseId, other: a.reference })).not.toThrow();
    expect(compareForMerge(db, w, { kind: 'child', fromId: a.caseId, other: a.reference }).blockedKey).toBe('errors.mergeSameRecord');
  });

  it('merges, keeping every row on the survivor, and undoes exactly', () => {
    const before = dump();
    const childrenBefore = childRows();
    const counts = Object.fromEntries(tables.map((t) => [t, before[t]!.length]));
    const compare = compareForMerge(db, w, { kind: 'child', fromId: a.caseId, other: b.reference });
    const input = { kind: 'child' as const, survivorId: childA, survivorVersion: compare.survivor.version, mergedId: childB, mergedVersion: compare.merged.version };
    expect(() => mergeRecords(db, w, { ...input, choices: { givenNameLatin: 'survivor' } })).toThrow(expect.objectContaining({ messageKey: 'errors.mergeChooseEveryField' }));
    expect(() => mergeRecords(db, { ...w, actor: outsider }, { ...input, choices: { givenNameLatin: 'survivor', dateOfBirth: 'merged' } })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));

    const done = mergeRecords(db, w, { ...input, choices: { givenNameLatin: 'survivor', dateOfBirth: 'merged' } });
    const after = dump();
    for (const t of tables) expect(after[t], t).toHaveLength(counts[t]!);
    const caseChildren = db.$client.prepare('select child_id as c from cases').all() as { c: string }[];
    expect(caseChildren.map((r) => r.c)).toEqual([childA, childA]);
    const stays = db.$client.prepare('select child_id as c from household_stays').all() as { c: string }[];
    expect(stays.map((r) => r.c)).toEqual([childA, childA]);
    const survivor = db.$client.prepare('select given_name_latin as g, date_of_birth as d from children where id = ?').get(childA);
    expect(survivor).toEqual({ g: 'Dara (demo)', d: '2015-03-10' });
    const tomb = db.$client.prepare('select merged_into_id as m, archived_at as a from children where id = ?').get(childB);
    expect(tomb).toEqual({ m: childA, a: now.toISOString() });
    // Both cases' notes and the assessment are now the survivor's: reached through cases of child A.
    const notes = db.$client.prepare('select count(*) as n from case_notes n join cases c on c.id = n.case_id where c.child_id = ?').get(childA) as { n: number };
    expect(notes.n).toBe(2);
    const assessments = db.$client.prepare('select count(*) as n from assessments s join cases c on c.id = s.case_id where c.child_id = ?').get(childA) as { n: number };
    expect(assessments.n).toBe(1);
    // The name search finds the survivor through the moved case's household members.
    const found = db.$client.prepare("select c.id from children_search s join children c on c.rowid = s.rowid where children_search match '\"Mother of Darah\"'").all() as { id: string }[];
    expect(found.map((r) => r.id)).toEqual([childA]);

    const history = mergeHistory(db, w, { kind: 'child', id: a.caseId });
    expect(history).toHaveLength(1);
    expect(history[0]!.decisions).toContainEqual({ field: 'dateOfBirth', kept: '2015-03-10', discarded: '2015-03-01', from: 'merged' });
    expect(history[0]!.decisions).toContainEqual({ field: 'givenNameLatin', kept: 'Dara (demo)', discarded: 'Darah (demo)', from: 'survivor' });
    expect(mergedInto(db, w, { kind: 'child', id: childB })).toEqual({ survivorId: childA, mergeId: done.mergeId });
    expect(mergedInto(db, { ...w, actor: outsider }, { kind: 'child', id: childB })).toBeNull();
    const audit = db.$client.prepare("select action, detail from audit_log where action = 'child.merge'").all() as { detail: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.detail)).toMatchObject({ survivorId: childA, mergedId: childB, mergeId: done.mergeId });
    expect(verifyAuditChain(db).ok).toBe(true);

    undoMerge(db, w, { mergeId: done.mergeId });
    expect(dump()).toEqual(before);
    expect(childRows()).toEqual(childrenBefore);
    expect(mergedInto(db, w, { kind: 'child', id: childB })).toBeNull();
    expect(db.$client.prepare("select count(*) as n from audit_log where action = 'child.merge_undo'").get()).toEqual({ n: 1 });
    expect(verifyAuditChain(db).ok).toBe(true);
    expect(() => undoMerge(db, w, { mergeId: done.mergeId })).toThrow(expect.objectContaining({ messageKey: 'errors.mergeAlreadyUndone' }));
    expect(mergeHistory(db, w, { kind: 'child', id: a.caseId })[0]!.undoneByName).toBe('Supervisor (demo)');
  });

  it('refuses an undo once a later edit moved a merged row elsewhere', () => {
    const compare = compareForMerge(db, w, { kind: 'child', fromId: a.caseId, other: b.reference });
    const done = mergeRecords(db, w, { kind: 'child', survivorId: childA, survivorVersion: compare.survivor.version, mergedId: childB, mergedVersion: compare.merged.version, choices: { givenNameLatin: 'survivor', dateOfBirth: 'survivor' } });
    const other = registerCase(db, { input: intake('Mony (demo)', '2012-01-01'), actorId: supervisor.id, assignedTo: supervisor.id, now });
    db.$client.prepare('update cases set child_id = ? where id = ?').run(childOf(other.caseId), b.caseId);
    expect(() => undoMerge(db, w, { mergeId: done.mergeId })).toThrow(expect.objectContaining({ messageKey: 'errors.mergeUndoUnsafe' }));
    db.$client.prepare('update cases set child_id = ? where id = ?').run(childA, b.caseId);
    expect(() => undoMerge(db, w, { mergeId: done.mergeId })).not.toThrow();
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});

describe('merging duplicate households', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
  const admin = createUser(db, { username: 'adm', displayName: 'Admin (demo)', role: 'admin', locale: 'en', communeCodes: [], passwordHash: 'x' }, now);
  const w = { actor: admin, portal: 'staff', now };

  it('moves members, cases and stays to the survivor and back', () => {
    const a = registerCase(db, { input: intake('Dara (demo)', '2015-03-01'), actorId: admin.id, assignedTo: admin.id, now });
    const b = registerCase(db, { input: intake('Nita (demo)', '2016-03-01'), actorId: admin.id, assignedTo: admin.id, now });
    const householdOf = (caseId: string) => (db.$client.prepare('select household_id as id from cases where id = ?').get(caseId) as { id: string }).id;
    const [ha, hb] = [householdOf(a.caseId), householdOf(b.caseId)];
    const before = Object.fromEntries(tables.map((t) => [t, db.$client.prepare(`select * from ${t} order by id`).all()]));
    const compare = compareForMerge(db, w, { kind: 'household', fromId: ha, other: hb });
    expect(compare.conflicts).toEqual([]);
    expect(compare.merged.linkedRows).toBe(3);
    const done = mergeRecords(db, w, { kind: 'household', survivorId: ha, survivorVersion: compare.survivor.version, mergedId: hb, mergedVersion: compare.merged.version, choices: {} });
    expect(db.$client.prepare('select count(*) as n from household_members where household_id = ?').get(ha)).toEqual({ n: 2 });
    expect(householdOf(b.caseId)).toBe(ha);
    expect(mergedInto(db, w, { kind: 'household', id: hb })).toEqual({ survivorId: ha, mergeId: done.mergeId });
    undoMerge(db, w, { mergeId: done.mergeId });
    const after = Object.fromEntries(tables.map((t) => [t, db.$client.prepare(`select * from ${t} order by id`).all()]));
    const strip = (rows: unknown[]) => (rows as Record<string, unknown>[]).map(({ version: _v, updated_at: _u, ...r }) => r);
    for (const t of tables) expect(strip(after[t]!), t).toEqual(strip(before[t]!));
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});
