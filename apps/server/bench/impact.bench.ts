// The public impact page at the API with 100 published snapshots stored: each procedure must answer in under 20 ms
// (issue 5). Calls go through the real supporters router as an anonymous visitor; the snapshot build is timed too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createCallerFactory, createSignInLimiter, memorySession, staffRouter, supportersRouter, type Context } from '@kruosar/api';
import { closeDatabase, findUserForSignIn, fixedClock, openDatabase, schema, type Db } from '@kruosar/db';
import type { Portal } from '@kruosar/domain';
import { defineBench } from './registry';

const CASES = 20_000;
const SNAPSHOTS = 100;

function contextFor(db: Db, portal: Portal, username: string | null, now: Date): Context {
  const found = username ? findUserForSignIn(db, username) : undefined;
  if (username && !found) throw new Error(`The demo user ${username} is missing`);
  const user = found ? (({ passwordHash: _hash, ...u }) => u)(found) : null;
  return { db, clock: fixedClock(now.toISOString()), portal, user, session: memorySession(), signInLimiter: createSignInLimiter(), clientKey: 'bench', sessionTtlHours: 12, organisationName: 'Bench' };
}

/**
 * Fill the store up to `total` published snapshots with copies of a real one moved to earlier quarters (2001-Q1
 * on), so that every list and "latest" query has a realistic number of rows and sizes to get through.
 */
function storeEarlierCopies(db: Db, source: { tables: unknown; rawCounts: unknown }, total: number, now: Date) {
  const have = db.select().from(schema.impactSnapshots).all().filter((s) => s.status === 'published').length;
  const json = JSON.stringify(source.tables);
  const at = now.toISOString();
  db.$client.transaction(() => {
    for (let i = 0; i < total - have; i++) {
      const year = 2001 + Math.floor(i / 4);
      const quarter = `${year}-Q${(i % 4) + 1}`;
      const tables = JSON.parse(json.replaceAll('"year":2025', `"year":${year - 1}`).replaceAll('"year":2026', `"year":${year}`).replace(/"quarter":"2026-Q\d"/, `"quarter":"${quarter}"`)) as unknown;
      db.insert(schema.impactSnapshots)
        .values({ id: `bench-${quarter}`, quarter, status: 'published', tables, rawCounts: source.rawCounts, frozenAt: at, publishedAt: at, createdAt: at, updatedAt: at })
        .run();
    }
  })();
}

export default defineBench({
  name: 'impact',
  description: `public impact page with ${SNAPSHOTS} published snapshots, from a ${CASES.toLocaleString('en')}-case demo`,
  async run({ demoDatabase, measure, log }) {
    const demo = await demoDatabase(CASES);
    // Work on a copy: this bench publishes snapshots, and other benches share the demo database.
    const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-impact-bench-'));
    const file = path.join(dir, 'impact.db');
    demo.db.$client.prepare('VACUUM INTO ?').run(file);
    const db = openDatabase(file);
    try {
      const now = demo.now;
      const analyst = createCallerFactory(staffRouter)(contextFor(db, 'staff', 'analyst', now));
      const admin = createCallerFactory(staffRouter)(contextFor(db, 'staff', 'admin', now));
      // Each build replaces the quarter's previous draft; the last one is published below.
      let draft = await analyst.snapshots.build({ quarter: '2026-Q3' });
      await measure('snapshot build 2026-Q3 from a frozen copy (analyst; informational)', async () => {
        draft = await analyst.snapshots.build({ quarter: '2026-Q3' });
      }, { runs: 3, warmup: 0, targetMs: 60_000 });
      log(`  ${draft.content.tables.length} tables in a snapshot`);
      const sent = await analyst.snapshots.submitForReview({ id: draft.id, expectedVersion: draft.version });
      const approved = await admin.snapshots.review({ id: sent.id, expectedVersion: sent.version, decision: 'approve', reason: '' });
      const published = await analyst.snapshots.publish({ id: approved.id, expectedVersion: approved.version });
      storeEarlierCopies(db, { tables: published.content, rawCounts: published.rawCounts }, SNAPSHOTS, now);

      const visitor = createCallerFactory(supportersRouter)(contextFor(db, 'supporters', null, now));
      const list = await visitor.impact.snapshots();
      log(`  ${list.length} published snapshots stored; latest ${list[0]?.quarter} (${Buffer.byteLength(JSON.stringify(published.content)) / 1000} kB of tables each)`);
      const target = { targetMs: 20 };
      await measure('impact.latest', () => visitor.impact.latest(), target);
      await measure('impact.trends', () => visitor.impact.trends(), target);
      await measure('impact.servicesByType', () => visitor.impact.servicesByType(), target);
      await measure('impact.map', () => visitor.impact.map(), target);
      await measure('impact.hiveProgress', () => visitor.impact.hiveProgress(), target);
      await measure('impact.snapshots (list of 100)', () => visitor.impact.snapshots(), target);
      await measure('impact.tables, latest', () => visitor.impact.tables({ snapshotId: published.id }), target);
      await measure('impact.tablesCsv', () => visitor.impact.tablesCsv({ snapshotId: published.id, table: 'families_supported.district.02' }), target);
      await measure('impact.annualSummary', () => visitor.impact.annualSummary({ year: 2026 }), target);
      await measure('stories.published', () => visitor.stories.published(), target);
      // Not cached: each call reads and checks another of the 100 snapshots.
      await measure('impact.tables, any of the 100 (uncached)', (i) => visitor.impact.tables({ snapshotId: list[i % list.length]!.id }), target);
    } finally {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
