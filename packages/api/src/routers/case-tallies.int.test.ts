// case_tallies (kept by triggers) against the cases themselves, after every kind of write; and read audits in batches.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { appendReadAudit, batchReadAudits, flushReadAudits, verifyAuditChain } from '@kruosar/db';
import { CaseListInput } from '@kruosar/domain';
import { OU_MAL, TA_PUNG, intake, names, registerQuietly, seedTeam, staffCaller, villageIn } from './case-fixtures';

describe('case tallies', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const at = new Date('2026-11-20T08:00:00.000Z');
  const tallied = () =>
    db.$client.prepare('select commune_code, assigned_to, registered_by, status, stage, risk_level, cases n from case_tallies where cases > 0 order by 1, 2, 3, 4, 5, 6').all();
  const counted = () =>
    db.$client
      .prepare(`select commune_code, coalesce(assigned_to, '') assigned_to, coalesce(registered_by, '') registered_by, status, stage, risk_level, count(*) n
        from cases where archived_at is null group by 1, 2, 3, 4, 5, 6 order by 1, 2, 3, 4, 5, 6`)
      .all();

  it('match the live cases after registrations, edits, a transfer, an archive and a delete', () => {
    const a = registerQuietly(db, team.caseworker, intake({ names: names.dara, riskLevel: 'high' }), at);
    const b = registerQuietly(db, team.caseworker, intake({ names: names.bopha, villageCode: villageIn[OU_MAL] }), at);
    registerQuietly(db, team.ruralCaseworker, intake({ names: names.thida, villageCode: villageIn[TA_PUNG] }), at);
    registerQuietly(db, team.supervisor, intake({ names: names.vichet }), at);
    expect(tallied()).toEqual(counted());
    db.$client.prepare("update cases set risk_level = 'low', stage = 'assessment' where id = ?").run(a.caseId);
    db.$client.prepare('update cases set assigned_to = ?, commune_code = ? where id = ?').run(team.colleague.id, TA_PUNG, b.caseId);
    expect(tallied()).toEqual(counted());
    db.$client.prepare("update cases set archived_at = '2026-11-21T00:00:00.000Z' where id = ?").run(a.caseId);
    expect(tallied()).toEqual(counted());
    db.$client.prepare('update cases set archived_at = null where id = ?').run(a.caseId);
    db.$client.prepare('delete from cases where id = ?').run(b.caseId);
    expect(tallied()).toEqual(counted());
  });

  it('give the caseload its total, filtered or not, as counting the cases would', async () => {
    const caller = staffCaller(db, team.supervisor);
    for (const filters of [{}, { riskLevel: 'low' }, { stage: 'registered' }, { assignedToId: 'none' }, { communeCode: TA_PUNG }]) {
      const page = await caller.cases.list(CaseListInput.parse({ ...filters, pageSize: 100 }));
      expect(page.total).toBe(page.items.length);
    }
    const own = await staffCaller(db, team.caseworker).cases.list(CaseListInput.parse({ pageSize: 100 }));
    expect(own.total).toBe(own.items.length);
    expect(own.total).toBeGreaterThan(0);
  });
});

describe('read audits in batches', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const entries = () => db.$client.prepare("select count(*) from audit_log where action = 'case.view'").pluck().get() as number;

  it('writes the reads of one turn of the event loop together, and the chain still verifies', async () => {
    batchReadAudits(db);
    for (let i = 0; i < 5; i++) appendReadAudit(db, { actorId: null, portal: 'staff', action: 'case.view', entity: 'case', entityId: `c${i}` }, new Date());
    expect(entries()).toBe(0);
    await new Promise((resolve) => setImmediate(resolve));
    expect(entries()).toBe(5);
    appendReadAudit(db, { actorId: null, portal: 'staff', action: 'case.view', entity: 'case', entityId: 'c5' }, new Date());
    flushReadAudits(db);
    expect(entries()).toBe(6);
    expect(verifyAuditChain(db)).toEqual({ ok: true, entries: 6 });
  });
});
