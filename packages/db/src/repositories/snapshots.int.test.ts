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
import type { SnapshotContent } from './impact-content';
import { buildSnapshot, buildSnapshotCorrection, listSnapshots, publishSnapshot, reviewSnapshot, submitSnapshotForReview, withdrawSnapshot, type SnapshotDetail } from './snapshots';
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
  addCaseWorkForSnapshots(db, { today: '2026-11-20', actorId: analyst.id, recordedAt: new Date(now.getTime() + 1000).toISOString() });
}, 60_000);
afterAll(cleanup);

describe('impact snapshots', () => {
  // The demo published 2026-Q2 when it was seeded; the fixture then added records dated earlier, entered now.
  const q2 = () => listPublishedSnapshots(db).find((s) => s.quarter === '2026-Q2')!;
  let q3: SnapshotDetail;

  it('builds a draft of an ended quarter with protected tables and keeps the true counts apart', () => {
    const started = performance.now();
    q3 = buildSnapshot(db, work(analyst), { quarter: '2026-Q3' });
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(q3).toMatchObject({ status: 'draft', revision: 1, builtBy: analyst.id });
    const names = q3.content.tables.map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['children_reunified.province', 'children_reunified.district.02', 'families_supported.commune', 'services.counselling.district.02']));
    // Sensitive topics never by commune.
    expect(names.filter((n) => n.endsWith('.commune')).some((n) => /reunified|family_care|abuse|tracing|foster|kinship/.test(n))).toBe(false);
    const cells: TableCell[] = q3.content.tables.flatMap((t) => t.table.rows.flatMap((r) => [...r.cells, ...(r.total ? [r.total] : [])]));
    expect(cells.some((c) => c.kind === 'small')).toBe(true);
    for (const c of cells) if (c.kind === 'count' && c.value > 0) expect(c.value % 5).toBe(0);
    // The raw counts hold what was really counted, e.g. families supported in the province this year.
    expect(q3.rawCounts.families_supported!['02@2026Q1-3']).toBeGreaterThan(0);
    // Records entered after 2026-Q2 was published but dated before it count in Q3, so Q1 and Q2 stand as published.
    expect(Object.values(q3.rawCounts.late_records!).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(recoverSuppressed(q3.content.tables.map((t) => t.table), communesOf(db)).recovered).toEqual([]);
  }, 60_000);

  it('refuses a quarter that has not ended', () => {
    expect(() => buildSnapshot(db, work(analyst), { quarter: '2026-Q4' })).toThrow(/not ended/);
  });

  it('needs a second person to review, then publishes; a published snapshot never changes', () => {
    const sent = submitSnapshotForReview(db, work(analyst), { id: q3.id, expectedVersion: q3.version });
    expect(() => reviewSnapshot(db, work(analyst), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'approve', reason: '' } })).toThrow(/another analyst/);
    const returned = reviewSnapshot(db, work(analyst2), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'return', reason: 'Check Q1' } });
    expect(returned).toMatchObject({ status: 'draft', returnReason: 'Check Q1' });
    q3 = approveAndPublish(returned);
    expect(q3).toMatchObject({ status: 'published', publishedAt: now.toISOString() });

    expect(() => submitSnapshotForReview(db, work(analyst), { id: q3.id, expectedVersion: q3.version })).toThrow(/never changes/);
    expect(() => buildSnapshot(db, work(analyst), { quarter: '2026-Q3' })).toThrow(/already published/);
    // Even straight SQL cannot change or delete it.
    expect(() => db.update(impactSnapshots).set({ correctionNote: 'edited' }).where(eq(impactSnapshots.id, q3.id)).run()).toThrow(/never changes/);
    expect(() => db.update(impactSnapshots).set({ status: 'draft' }).where(eq(impactSnapshots.id, q3.id)).run()).toThrow(/never changes/);
    expect(() => db.update(impactSnapshots).set({ status: 'superseded' }).where(eq(impactSnapshots.id, q3.id)).run()).toThrow(/never changes/);
    expect(() => db.delete(impactSnapshots).where(eq(impactSnapshots.id, q3.id)).run()).toThrow(/never deleted/);
    expect(findPublishedSnapshot(db, q3.id).content).toEqual(q3.content);
  });

  it('keeps earlier published cells as they were and withstands the attack across snapshots', () => {
    const earlier = findPublishedSnapshot(db, q2().id).content;
    const cellAt = (c: SnapshotContent, table: string, row: string, column: number) => c.tables.find((t) => t.name === table)!.table.rows.find((r) => r.code === row)!.cells[column];
    for (const table of ['families_supported.district.02', 'children_reunified.province', 'services.counselling.province', 'hive_needs_registered.province']) {
      const row = table.endsWith('province') ? '02' : '0203';
      expect(cellAt(q3.content, table, row, 0)).toEqual(cellAt(earlier, table, row, 0));
      expect(cellAt(q3.content, table, row, 1)).toEqual(cellAt(earlier, table, row, 1));
    }
    const attack = recoverSuppressed([...earlier.tables, ...q3.content.tables].map((t) => t.table), communesOf(db));
    expect(attack.recovered).toEqual([]);
    expect(attack.inconsistent).toEqual([]);
  }, 60_000);

  it('refuses a correction whose figures contradict publications still public, naming the cells and publications', () => {
    expect(() => buildSnapshotCorrection(db, work(analyst2), { snapshotId: q2().id, reason: 'late_records', note: '' })).toThrow(/latest published quarter/);
    // Services and placements entered late change figures both publications show: a reader of both would learn
    // the difference, so the correction is refused and says where.
    expect(() => buildSnapshotCorrection(db, work(analyst2), { snapshotId: q3.id, reason: 'late_records', note: 'Records entered late now counted in their quarter.' })).toThrow(
      /cannot be published beside the publications still public: .*children_reunified 0208@2026Q1-1 \(2026-Q2 r1, 2026-Q3 r1\)/,
    );
    // The note never names a number or a place below the province.
    expect(() => buildSnapshotCorrection(db, work(analyst2), { snapshotId: q3.id, reason: 'late_records', note: '3 records' })).toThrow(/numbers or places/);
    expect(() => buildSnapshotCorrection(db, work(analyst2), { snapshotId: q3.id, reason: 'data_fix', note: 'A record in Ou Mal' })).toThrow(/numbers or places.*Ou Mal/);
  }, 60_000);

  it('withdraws the conflicting publications (no longer served, audited), then restates the quarter from the data as it is', () => {
    for (const s of [q2(), q3]) {
      const row = listSnapshots(db).find((x) => x.id === s.id)!;
      withdrawSnapshot(db, work(analyst2), { id: s.id, expectedVersion: row.version, reason: 'Figures corrected for late records' });
    }
    expect(listPublishedSnapshots(db)).toEqual([]);
    expect(() => findPublishedSnapshot(db, q3.id)).toThrow(/not found/);
    expect(() => db.update(impactSnapshots).set({ status: 'published' }).where(eq(impactSnapshots.id, q3.id)).run()).toThrow(/never changes/);
    const rebuilt = buildSnapshot(db, work(analyst2), { quarter: '2026-Q3' });
    expect(rebuilt).toMatchObject({ status: 'draft', revision: 2 });
    expect(rebuilt.rawCounts.late_records).toEqual({});
    const published = approveAndPublish(rebuilt, analyst, analyst2);
    expect(listPublishedSnapshots(db).map((s) => [s.quarter, s.revision, s.status])).toEqual([['2026-Q3', 2, 'published']]);
    expect(findImpactLatest(db)).toMatchObject({ id: published.id, quarter: '2026-Q3', revision: 2 });
    expect(recoverSuppressed(published.content.tables.map((t) => t.table), communesOf(db)).recovered).toEqual([]);
    const audit = db.all<{ action: string }>(sql`select action from audit_log where action = 'snapshot.withdraw'`);
    expect(audit.length).toBe(2);
    q3 = published;
  }, 60_000);

  it('publishes a correction that agrees with what is public, with its reason and note', () => {
    const correction = buildSnapshotCorrection(db, work(analyst2), { snapshotId: q3.id, reason: 'definition_change', note: 'Wording of the services table.' });
    expect(correction).toMatchObject({ revision: 3, correctionReason: 'definition_change', correctionNote: 'Wording of the services table.' });
    const published = approveAndPublish(correction, analyst, analyst2);
    expect(listPublishedSnapshots(db).map((s) => [s.quarter, s.revision, s.status])).toEqual([['2026-Q3', 3, 'published'], ['2026-Q3', 2, 'superseded']]);
    q3 = published;
  }, 60_000);

  it('refuses to publish a draft built before another publication of its year', () => {
    const later = new Date(now.getTime() + 60_000);
    const stale = buildSnapshot(db, work(analyst), { quarter: '2026-Q1' });
    const fresh = buildSnapshotCorrection(db, work(analyst), { snapshotId: q3.id, reason: 'data_fix', note: 'Again' });
    const sent = submitSnapshotForReview(db, work(analyst), { id: fresh.id, expectedVersion: fresh.version });
    const ok = reviewSnapshot(db, work(analyst2), { id: sent.id, expectedVersion: sent.version, decision: { decision: 'approve', reason: '' } });
    q3 = publishSnapshot(db, work(analyst, later), { id: ok.id, expectedVersion: ok.version });
    const sentStale = submitSnapshotForReview(db, work(analyst), { id: stale.id, expectedVersion: stale.version });
    const okStale = reviewSnapshot(db, work(analyst2), { id: sentStale.id, expectedVersion: sentStale.version, decision: { decision: 'approve', reason: '' } });
    expect(() => publishSnapshot(db, work(analyst, later), { id: okStale.id, expectedVersion: okStale.version })).toThrow(/build this one again/);
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
    expect(trends.find((t) => t.key === 'families_supported')!.points.map((p) => p.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(findServicesByType(db)!.rows.length).toBe(13);
    const map = findImpactMap(db)!;
    expect(map.places.every((p) => p.level !== ('village' as string) && p.lat !== null)).toBe(true);
    expect(map.places.filter((p) => p.hive).map((p) => p.code).sort()).toEqual(['020303', '020804']);
    expect(findHiveProgress(db)!.hives[0]!.independenceIndex).toBeGreaterThan(0);
    const csv = publishedTableCsv(db, { snapshotId: q3.id, table: 'families_supported.district.02' });
    expect(csv.filename).toBe(`kruosar-impact-2026-Q3-r${q3.revision}-families_supported.district.02.csv`);
    expect(csv.csv.split('\r\n')[0]).toBe('code,name_latin,name_km,2026-Q1,2026-Q2,2026-Q3,total 2026-Q1-Q3');
    expect(verifyAuditChain(db).ok).toBe(true);
  });
});
