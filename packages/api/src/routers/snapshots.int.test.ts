// Impact snapshots through the API: analysts build, a second person reviews, published ones never change,
// corrections supersede, and supporters see only what was published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserForSignIn, schema, seedDemo } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import type { CurrentUser } from '@kruosar/domain';
import { supportersRouter } from '../portals/supporters';
import { createCallerFactory } from '../trpc';
import { makeUser, testContext, TEST_NOW } from '../testing';
import { failureOf, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
let analyst: CurrentUser;
let analyst2: CurrentUser;
let admin: CurrentUser;
const publicCaller = () => createCallerFactory(supportersRouter)(testContext(db, 'supporters', null));
const staff = (user: CurrentUser) => staffCaller(db, user);

beforeAll(async () => {
  await seedDemo(db, { children: 120, now: new Date(TEST_NOW), hashPassword: async () => 'unused' });
  const { passwordHash: _, ...demoAnalyst } = findUserForSignIn(db, 'analyst')!;
  analyst = demoAnalyst;
  analyst2 = makeUser(db, 'analyst');
  admin = makeUser(db, 'admin');
}, 60_000);

describe('snapshots', () => {
  let draftId = '';

  it('is built by an analyst only, from a quarter that has ended', async () => {
    expect((await failureOf(staff(admin).snapshots.build({ quarter: '2026-Q3' }))).code).toBe('FORBIDDEN');
    expect((await failureOf(staff(analyst).snapshots.build({ quarter: '2026-3' }))).fieldErrors).toHaveProperty('quarter');
    expect(await failureOf(staff(analyst).snapshots.build({ quarter: '2026-Q4' }))).toMatchObject({ messageKey: 'errors.snapshotQuarterOpen' });
    const draft = await staff(analyst).snapshots.build({ quarter: '2026-Q3' });
    expect(draft).toMatchObject({ status: 'draft', quarter: '2026-Q3', revision: 1, builtByName: 'Kim Sreymom (demo)' });
    expect(Object.keys(draft.rawCounts)).toContain('children_reunified');
    draftId = draft.id;
  }, 60_000);

  it('is invisible to supporters until published', async () => {
    // The demo published the quarter before; the draft is not seen.
    expect(await publicCaller().impact.latest()).toMatchObject({ quarter: '2026-Q2' });
    expect((await failureOf(publicCaller().impact.tables({ snapshotId: draftId }))).code).toBe('NOT_FOUND');
    expect((await failureOf(publicCaller().impact.tablesCsv({ snapshotId: draftId, table: 'families_supported.province' }))).code).toBe('NOT_FOUND');
  });

  it('is reviewed by a different analyst or an admin, then published, and never changes again', async () => {
    const detail = await staff(analyst).snapshots.byId({ id: draftId });
    const sent = await staff(analyst).snapshots.submitForReview({ id: draftId, expectedVersion: detail.version });
    expect(await failureOf(staff(analyst).snapshots.review({ id: draftId, expectedVersion: sent.version, decision: 'approve', reason: '' }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.selfReview' });
    expect((await failureOf(staff(admin).snapshots.publish({ id: draftId, expectedVersion: sent.version }))).code).toBe('FORBIDDEN');
    const approved = await staff(admin).snapshots.review({ id: draftId, expectedVersion: sent.version, decision: 'approve', reason: '' });
    expect(approved).toMatchObject({ status: 'approved', reviewedBy: admin.id });
    const published = await staff(analyst2).snapshots.publish({ id: draftId, expectedVersion: approved.version });
    expect(published.status).toBe('published');

    for (const attempt of [
      staff(analyst).snapshots.submitForReview({ id: draftId, expectedVersion: published.version }),
      staff(analyst2).snapshots.review({ id: draftId, expectedVersion: published.version, decision: 'return', reason: 'Change it' }),
      staff(analyst).snapshots.publish({ id: draftId, expectedVersion: published.version }),
    ]) {
      expect(await failureOf(attempt)).toMatchObject({ messageKey: 'errors.snapshotPublished' });
    }
    expect(await failureOf(staff(analyst).snapshots.build({ quarter: '2026-Q3' }))).toMatchObject({ messageKey: 'errors.snapshotAlreadyPublished' });
    expect((await staff(analyst).snapshots.byId({ id: draftId })).content).toEqual(published.content);
  }, 60_000);

  it('serves the published figures to everyone, with "<10" for small counts and nothing analyst-only', async () => {
    const latest = (await publicCaller().impact.latest())!;
    expect(latest).toMatchObject({ id: draftId, quarter: '2026-Q3', revision: 1 });
    for (const f of latest.figures) expect(f).toEqual(expect.objectContaining({ key: expect.any(String), value: expect.any(String) }));
    const tables = await publicCaller().impact.tables({ snapshotId: draftId });
    expect(JSON.stringify(tables)).not.toContain('rawCounts');
    const cells = tables.tables.flatMap((t) => t.table.rows.flatMap((r) => r.cells));
    expect(cells.some((c) => c.kind === 'small')).toBe(true);
    const csv = await publicCaller().impact.tablesCsv({ snapshotId: draftId, table: 'children_reunified.district.02' });
    expect(csv.csv).toMatch(/^code,name_latin,name_km,2026-Q1,2026-Q2,2026-Q3,total 2026-Q1-Q3\r\n/);
    expect(await publicCaller().impact.annualSummary({ year: 2026 })).toMatchObject({ year: 2026, complete: false, period: { year: 2026, from: 1, to: 3 }, organisation: 'Test organisation' });
    expect(await publicCaller().impact.annualSummary({ year: 2025 })).toBeNull();
    const map = (await publicCaller().impact.map())!;
    expect(map.places.filter((p) => p.level === 'district')).toHaveLength(5);
  });

  it('is corrected by a new revision with a note that restates the year; the old ones stay readable as superseded', async () => {
    const wrongReason = { snapshotId: draftId, reason: 'fewer_children' as 'data_fix', note: '' };
    expect((await failureOf(staff(analyst).snapshots.buildCorrection(wrongReason))).fieldErrors).toHaveProperty('reason');
    expect((await failureOf(staff(analyst).snapshots.buildCorrection({ snapshotId: draftId, reason: 'late_records', note: '2 placements in July' }))).fieldErrors).toHaveProperty('note');
    const correction = await staff(analyst2).snapshots.buildCorrection({ snapshotId: draftId, reason: 'late_records', note: 'Placements entered late for July.' });
    expect(correction).toMatchObject({ revision: 2, correctsId: draftId, status: 'draft' });
    const sent = await staff(analyst2).snapshots.submitForReview({ id: correction.id, expectedVersion: correction.version });
    const approved = await staff(analyst).snapshots.review({ id: correction.id, expectedVersion: sent.version, decision: 'approve', reason: '' });
    await staff(analyst).snapshots.publish({ id: correction.id, expectedVersion: approved.version });

    const list = await publicCaller().impact.snapshots();
    expect(list.map((s) => [s.quarter, s.revision, s.status])).toEqual([['2026-Q3', 2, 'published'], ['2026-Q3', 1, 'superseded'], ['2026-Q2', 1, 'superseded']]);
    expect(list[1]).toMatchObject({ id: draftId, supersededById: correction.id });
    expect((await publicCaller().impact.trends()).find((t) => t.key === 'families_supported')!.points.map((p) => p.quarter)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    expect(await publicCaller().impact.latest()).toMatchObject({ id: correction.id, revision: 2, correctionNote: 'Placements entered late for July.' });
    expect((await publicCaller().impact.tables({ snapshotId: draftId })).snapshot.status).toBe('superseded');
    const actions = db.select().from(schema.auditLog).all().filter((a) => a.entity === 'impact_snapshot').map((a) => a.action);
    // The demo's own publication first, then this test's.
    expect(actions.slice(4)).toEqual(['snapshot.build', 'snapshot.submit', 'snapshot.approve', 'snapshot.publish', 'snapshot.correct', 'snapshot.submit', 'snapshot.approve', 'snapshot.supersede', 'snapshot.supersede', 'snapshot.publish']);
  }, 60_000);
});
