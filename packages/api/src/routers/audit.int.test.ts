// The administrators' audit screen against a real SQLite file: filters, keyset pages, export, and the chain check.
import { afterAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { createTestDatabase } from '@kruosar/db/testing';
import { appendAudit, inTransaction, schema } from '@kruosar/db';
import type { CurrentUser } from '@kruosar/domain';
import { createCallerFactory } from '../trpc';
import { staffRouter } from '../portals/staff';
import { makeUser, testContext } from '../testing';

describe('audit screen', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const admin = makeUser(db, 'admin');
  const caseworker = makeUser(db, 'caseworker');
  const as = (user: CurrentUser) => createCallerFactory(staffRouter)(testContext(db, 'staff', user));
  // 30 entries over three days (Cambodian time): caseworker edits on the 19th and 20th, admin account changes on the 21st.
  inTransaction(db, (tx) => {
    for (let i = 0; i < 30; i++) {
      const day = i < 10 ? '2026-11-19' : i < 20 ? '2026-11-20' : '2026-11-21';
      const by = i < 20 ? caseworker : admin;
      appendAudit(tx, { actorId: by.id, portal: 'staff', action: i < 20 ? 'case.update' : 'user.update', entity: i < 20 ? 'case' : 'user', entityId: `record-${i % 3}`, detail: { n: i, note: '=HYPERLINK("x")' } }, new Date(`${day}T03:00:${String(i).padStart(2, '0')}+07:00`));
    }
  });

  it('pages newest first by keyset, without gaps or repeats', async () => {
    const seen: number[] = [];
    let before: number | null = null;
    do {
      const page: Awaited<ReturnType<ReturnType<typeof as>['audit']['list']>> = await as(admin).audit.list({ before, pageSize: 7 });
      seen.push(...page.items.map((e) => e.seq));
      before = page.nextBefore;
    } while (before !== null);
    expect(seen).toHaveLength(30);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(new Set(seen).size).toBe(30);
  });

  it('filters by user, action (or its start), record and Cambodian calendar days', async () => {
    const list = (filters: object) => as(admin).audit.list({ filters: { username: '', action: '', record: '', from: null, to: null, ...filters }, pageSize: 100 });
    expect((await list({ username: caseworker.username })).items).toHaveLength(20);
    expect((await list({ username: 'nobody' })).items).toHaveLength(0);
    expect((await list({ action: 'user.' })).items.every((e) => e.action.startsWith('user.'))).toBe(true);
    expect((await list({ action: 'user' })).items).toHaveLength(10);
    expect((await list({ action: 'case.update' })).items).toHaveLength(20);
    expect((await list({ record: 'record-1' })).items).toHaveLength(10);
    expect((await list({ from: '2026-11-20', to: '2026-11-20' })).items.map((e) => e.actorUsername)).toEqual(Array(10).fill(caseworker.username));
    const first = (await list({ username: caseworker.username, from: '2026-11-19', to: '2026-11-19' })).items;
    expect(first).toHaveLength(10);
    expect(first[0]).toMatchObject({ actorName: caseworker.displayName, action: 'case.update', portal: 'staff' });
    await expect(list({ from: '2026-11-21', to: '2026-11-19' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(as(caseworker).audit.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('exports the filtered entries as CSV with formulas escaped, and audits the export', async () => {
    const file = await as(admin).audit.exportCsv({ username: admin.username, action: '', record: '', from: null, to: null });
    expect(file).toMatchObject({ rows: 10, truncated: false });
    expect(file.csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(file.csv.slice(1).trim()).data;
    expect(parsed[0]).toEqual(['seq', 'at', 'actorUsername', 'actorName', 'portal', 'action', 'entity', 'entityId', 'caseId', 'detail']);
    expect(parsed).toHaveLength(11);
    expect(parsed[1]![9]).toMatch(/^\{"n":29/);
    expect(file.csv).not.toContain(',=HYPERLINK');
    const last = db.select().from(schema.auditLog).all().at(-1)!;
    expect(last).toMatchObject({ action: 'audit.export', actorId: admin.id });
  });

  it('says whether the chain verifies, and where it breaks after tampering', async () => {
    expect(await as(admin).audit.verify()).toEqual({ ok: true, entries: 31, brokenAt: null });
    db.$client.prepare("update audit_log set detail = '{}' where seq = 5").run();
    expect(await as(admin).audit.verify()).toEqual({ ok: false, entries: 5, brokenAt: 5 });
  });
});
