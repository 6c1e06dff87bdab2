import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverSuppressed, type CurrentUser, type TableCell } from '@kruosar/domain';
import type { Db } from '../client';
import { cases, impactSnapshots } from '../schema/index';
import { seedDemo } from '../seed/demo';
import { createTestDatabase } from '../testing/index';
import { verifyAuditChain } from './audit';
import { findImpactLatest, findImpactTrends, findPublishedSnapshot, listPublishedSnapshots, publishedTableCsv } from './impact';
import { findHiveProgress, findImpactMap, findServicesByType } from './impact-views';
import { addCaseWorkForSnapshots } from './snapshot-fixtures';
import { withFrozenCopy } from './snapshot-freeze';
import { buildSnapshot, buildSnapshotCorrection, publishSnapshot, reviewSnapshot, submitSnapshotForReview, type SnapshotDetail } from './snapshots';
import { createUser } from './users';

const now = new Date('2026-11-21T03:00:00.000Z');
const { db, cleanup } = createTestDatabase();
let analyst: CurrentUser;
let analyst2: CurrentUser;
const communesOf = (d: Db) => d.all<{ code: string }>(sql`select code from geo_units where level = 'commune'`).map((r) => r.code);
const work = (actor: CurrentUser, at = now) => ({ actor, portal: 'staff', now: at });

const approveAndPublish = (d: SnapshotDetail, reviewer = analyst2, submitter = analyst) => {
  const sent = submitSnapshotForReview(db, work(submitter), { id: d.id, expectedVersion: d.version });
  const approved = reviewSnapshot(db, work(reviewer), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'approve', reason: '' } });
  return publishSnapshot(db, work(analyst), { id: approved.id, expectedVersion: approved.version });
};

beforeAll(async () => {
  await seedDemo(db, { children: 150, now, hashPassword: async (pw) => `test$${pw}` });
  const user = (username: string) => createUser(db, { username, displayName: username, role: 'analyst', locale: 'en', communeCodes: [], passwordHash: 'x' }, now);
  analyst = user('analyst-a');
  analyst2 = user('analyst-b');
  addCaseWorkForSnapshots(db, { today: '2026-11-20', actorId: analyst.id });
}, 60_000);
afterAll(cleanup);

describe('impact snapshots', () => {
  let q2: SnapshotDetail;
  let q3: SnapshotDetail;

  it('builds a draft of an ended quarter with protected tables and keeps the true counts apart', () => {
    const started = performance.now();
    q2 = buildSnapshot(db, work(analyst), { quarter: '2026-Q2' });
    const took = performance.now() - started;
    expect(took).toBeLessThan(30_000);
    expect(q2).toMatchObject({ status: 'draft', revision: 1, builtBy: analyst.id });
    const names = q2.content.tables.map((t) => t.name);
    expect(names).toContain('children_reunified.province');
    expect(names).toContain('children_reunified.district.02');
    expect(names).toContain('families_supported.commune');
    // Sensitive topics never by commune.
    expect(names.filter((n) => n.endsWith('.commune')).some((n) => /reunified|family_care|abuse/.test(n))).toBe(false);
    const cells: TableCell[] = q2.content.tables.flatMap((t) => t.table.rows.flatMap((r) => [...r.cells, ...(r.total ? [r.total] : [])]));
    expect(cells.some((c) => c.kind === 'small')).toBe(true);
    for (const c of cells) if (c.kind === 'count' && c.value > 0) expect(c.value % 5).toBe(0);
    // The raw counts hold what was really counted, e.g. families supported in the province this year.
    expect(q2.rawCounts.families_supported!['02@2026Q1-2']).toBeGreaterThan(0);
    expect(recoverSuppressed(q2.content.tables.map((t) => t.table), communesOf(db)).recovered).toEqual([]);
  }, 60_000);

  it('refuses a quarter that has not ended', () => {
    expect(() => buildSnapshot(db, work(analyst), { quarter: '2026-Q4' })).toThrow(/not ended/);
  });

  it('needs a second person to review, then publishes; a published snapshot never changes', () => {
    const sent = submitSnapshotForReview(db, work(analyst), { id: q2.id, expectedVersion: q2.version });
    expect(() => reviewSnapshot(db, work(analyst), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'approve', reason: '' } })).toThrow(/another analyst/);
    const returned = reviewSnapshot(db, work(analyst2), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'return', reason: 'Check Q1' } });
    expect(returned).toMatchObject({ status: 'draft', returnReason: 'Check Q1' });
    q2 = approveAndPublish(returned);
    expect(q2).toMatchObject({ status: 'published', publishedAt: now.toISOString() });

    expect(() => submitSnapshotForReview(db, work(analyst), { id: q2.id, expectedVersion: q2.version })).toThrow(/never changes/);
    expect(() => buildSnapshot(db, work(analyst), { quarter: '2026-Q2' })).toThrow(/already published/);
    // Even straight SQL cannot change or delete it.
    expect(() => db.update(impactSnapshots).set({ correctionNote: 'edited' }).where(eq(impactSnapshots.id, q2.id)).run()).toThrow(/never changes/);
    expect(() => db.update(impactSnapshots).set({ status: 'draft' }).where(eq(impactSnapshots.id, q2.id)).run()).toThrow(/never changes/);
    expect(() => db.delete(impactSnapshots).where(eq(impactSnapshots.id, q2.id)).run()).toThrow(/never deleted/);
    expect(findPublishedSnapshot(db, q2.id).content).toEqual(q2.content);
  });

  it('keeps earlier published cells as they were and withstands the attack across snapshots', () => {
    q3 = approveAndPublish(buildSnapshot(db, work(analyst), { quarter: '2026-Q3' }));
    const cellAt = (d: SnapshotDetail, table: string, row: string, column: number) => d.content.tables.find((t) => t.name === table)!.table.rows.find((r) => r.code === row)!.cells[column];
    for (const table of ['families_supported.district.02', 'children_reunified.province', 'hive_needs_registered.province']) {
      const row = table.endsWith('province') ? '02' : '0203';
      expect(cellAt(q3, table, row, 0)).toEqual(cellAt(q2, table, row, 0));
      expect(cellAt(q3, table, row, 1)).toEqual(cellAt(q2, table, row, 1));
    }
    const everything = [...q2.content.tables, ...q3.content.tables].map((t) => t.table);
    const attack = recoverSuppressed(everything, communesOf(db));
    expect(attack.recovered).toEqual([]);
    expect(attack.inconsistent).toEqual([]);
  }, 60_000);

  it('corrects a published snapshot with a new revision that supersedes it; the old one stays readable', () => {
    const correction = buildSnapshotCorrection(db, work(analyst2), { snapshotId: q3.id, note: 'Two services were entered late.' });
    expect(correction).toMatchObject({ status: 'draft', revision: 2, correctsId: q3.id, correctionNote: 'Two services were entered late.' });
    const published = approveAndPublish(correction, analyst, analyst2);
    expect(published.status).toBe('published');
    const old = listPublishedSnapshots(db).find((s) => s.id === q3.id)!;
    expect(old).toMatchObject({ status: 'superseded', supersededById: published.id });
    expect(findPublishedSnapshot(db, q3.id).content).toEqual(q3.content);
    expect(findImpactLatest(db)).toMatchObject({ id: published.id, quarter: '2026-Q3', revision: 2 });
    q3 = published;
  }, 60_000);

  it('computes from a frozen copy: edits after the freeze are not seen', () => {
    const before = db.select({ n: sql<number>`count(*)` }).from(cases).get()!.n;
    const seen = withFrozenCopy(db, (frozen) => {
      db.update(cases).set({ status: 'duplicate' }).run();
      return frozen.select({ n: sql<number>`count(*)` }).from(cases).where(sql`status <> 'duplicate'`).get()!.n;
    });
    expect(seen).toBe(before);
    db.update(cases).set({ status: 'open' }).run();
  });

  it('serves supporters views from the published content only', () => {
    const latest = findImpactLatest(db)!;
    expect(latest.figures.map((f) => f.key)).toEqual(expect.arrayContaining(['children_reunified', 'families_supported', 'hive_needs_resolved_share', 'median_days_to_first_response', 'active_hive_communes']));
    const trends = findImpactTrends(db);
    expect(trends.find((t) => t.key === 'families_supported')!.points.map((p) => p.quarter)).toEqual(['2026-Q2', '2026-Q3']);
    expect(findServicesByType(db)!.rows.length).toBeGreaterThan(10);
    const map = findImpactMap(db)!;
    expect(map.places.every((p) => p.level !== ('village' as string) && p.lat !== null)).toBe(true);
    expect(map.places.filter((p) => p.hive).map((p) => p.code).sort()).toEqual(['020303', '020804']);
    expect(findHiveProgress(db)!.hives[0]!.independenceIndex).toBeGreaterThan(0);
    const csv = publishedTableCsv(db, { snapshotId: q3.id, table: 'families_supported.district.02' });
    expect(csv.filename).toBe('kruosar-impact-2026-Q3-r2-families_supported.district.02.csv');
    expect(csv.csv.split('\r\n')[0]).toBe('code,name_latin,name_km,2026-Q1,2026-Q2,2026-Q3,total 2026-Q1-Q3');
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});
