import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { inTransaction, schema } from '@kruosar/db';
import { OU_MAL, ROTTANAK, TA_PUNG, intake, names, registerQuietly, seedTeam, staffCaller, villageIn } from './case-fixtures';

describe('transfer and bulk assignment', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const team = seedTeam(db);
  const byCase = () => new Map(db.select().from(schema.cases).all().map((c) => [c.id, c]));

  it('transfers a case to a colleague of its commune, with the reason kept and on the timeline', async () => {
    const c = registerQuietly(db, team.caseworker, intake());
    const caller = staffCaller(db, team.supervisor);
    expect(await caller.cases.assignableStaff({ communeCode: ROTTANAK })).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: team.colleague.id, role: 'caseworker' }), expect.objectContaining({ id: team.caseworker.id, openCases: 1 })]),
    );
    expect(await caller.cases.assignableStaff({ communeCode: TA_PUNG })).toEqual([]);
    const saved = await caller.cases.transfer({ caseId: c.caseId, version: 0, toUserId: team.colleague.id, reason: 'Caseworker on leave' });
    expect(saved.version).toBe(1);
    expect(byCase().get(c.caseId)!.assignedTo).toBe(team.colleague.id);
    expect(db.select().from(schema.caseTransfers).all()).toEqual([
      expect.objectContaining({ caseId: c.caseId, kind: 'transfer', fromUserId: team.caseworker.id, toUserId: team.colleague.id, reason: 'Caseworker on leave', transferredById: team.supervisor.id }),
    ]);
    const timeline = await staffCaller(db, team.colleague).cases.timeline({ caseId: c.caseId });
    expect(timeline.items[0]).toMatchObject({ action: 'case.transfer', actorId: team.supervisor.id, detail: { toUserId: team.colleague.id } });
    // A stale version, a caseworker of another commune, the same caseworker: each refused, nothing changed.
    await expect(caller.cases.transfer({ caseId: c.caseId, version: 0, toUserId: team.caseworker.id, reason: 'Back' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(caller.cases.transfer({ caseId: c.caseId, version: 1, toUserId: team.ruralCaseworker.id, reason: 'x' })).rejects.toMatchObject({
      cause: expect.objectContaining({ messageKey: 'errors.transferOutsideCommune', field: 'toUserId' }),
    });
    await expect(caller.cases.transfer({ caseId: c.caseId, version: 1, toUserId: team.colleague.id, reason: 'x' })).rejects.toMatchObject({
      cause: expect.objectContaining({ messageKey: 'errors.transferSameCaseworker' }),
    });
    await expect(caller.cases.transfer({ caseId: c.caseId, version: 1, toUserId: team.colleague.id, reason: '' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(staffCaller(db, team.otherSupervisor).cases.transfer({ caseId: c.caseId, version: 1, toUserId: team.caseworker.id, reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(byCase().get(c.caseId)).toMatchObject({ assignedTo: team.colleague.id, version: 1 });
  });

  describe('bulk assign, no cap', () => {
    // 1,000 unassigned cases in the supervisor's communes, registered by the supervisor; 1 more in Ta Pung.
    const many = inTransaction(db, (tx) =>
      Array.from({ length: 1000 }, (_, i) =>
        registerQuietly(tx, team.supervisor, intake({ names: names.bopha, villageCode: villageIn[i % 2 ? ROTTANAK : OU_MAL] })).caseId,
      ),
    );
    const elsewhere = registerQuietly(db, team.otherSupervisor, intake({ names: names.thida, villageCode: villageIn[TA_PUNG] })).caseId;

    it('gives every matching id in one call, within scope only, for "choose all N matching"', async () => {
      const ids = (await staffCaller(db, team.supervisor).cases.matchingIds({ status: 'open' })).cases.map((c) => c.id);
      expect(ids).toHaveLength(1001); // the 1,000 plus the case transferred above; never the Ta Pung one
      expect(ids).toEqual(expect.arrayContaining(many));
      expect(ids).not.toContain(elsewhere);
      const filtered = await staffCaller(db, team.supervisor).cases.matchingIds({ communeCode: ROTTANAK });
      expect(filtered.cases.length).toBeGreaterThanOrEqual(500);
      expect(filtered.cases.length).toBeLessThan(ids.length);
      expect(filtered.cases.every((c) => c.communeCode === ROTTANAK)).toBe(true);
      await expect(staffCaller(db, team.caseworker).cases.matchingIds({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });

    it('refuses the whole call when one case is outside the scope, and changes nothing', async () => {
      const caller = staffCaller(db, team.supervisor);
      const auditBefore = db.select().from(schema.auditLog).all().length;
      const error = await caller.cases.bulkAssign({ caseIds: [...many, elsewhere], toUserId: team.colleague.id }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^1 of the 1001 selected cases/) });
      const cases = byCase();
      expect(many.every((id) => cases.get(id)!.assignedTo === null && cases.get(id)!.version === 0)).toBe(true);
      expect(db.select().from(schema.auditLog).all().length).toBe(auditBefore);
    });

    it('refuses a caseworker who does not cover every commune of the selection', async () => {
      const error = await staffCaller(db, team.admin).cases.bulkAssign({ caseIds: [...many, elsewhere], toUserId: team.ruralCaseworker.id }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST', cause: expect.objectContaining({ messageKey: 'errors.transferOutsideCommune' }) });
      expect(byCase().get(elsewhere)!.assignedTo).toBeNull();
    });

    it('assigns 1,000 cases in one call and one transaction, each on its own timeline', async () => {
      const started = performance.now();
      const result = await staffCaller(db, team.supervisor).cases.bulkAssign({ caseIds: [...many, many[0]!], toUserId: team.caseworker.id, reason: 'New caseworker for the city' });
      const elapsed = performance.now() - started;
      expect(result).toEqual({ assigned: 1000, alreadyAssigned: 0 });
      const cases = byCase();
      expect(many.every((id) => cases.get(id)!.assignedTo === team.caseworker.id && cases.get(id)!.version === 1)).toBe(true);
      expect(db.select().from(schema.caseTransfers).all().filter((t) => t.kind === 'bulk_assign')).toHaveLength(1000);
      const audit = db.select().from(schema.auditLog).all().filter((a) => a.action === 'case.assign');
      expect(new Set(audit.map((a) => a.caseId))).toEqual(new Set(many));
      // One notification summarising the thousand, not a thousand notifications.
      const told = db.select().from(schema.notifications).all().filter((n) => n.userId === team.caseworker.id);
      expect(told).toEqual([expect.objectContaining({ kind: 'cases_assigned', caseId: null, link: `/cases?worker=${team.caseworker.id}`, detail: expect.objectContaining({ total: '1000', highRisk: '0' }) })]);
      expect(told[0]!.detail.references).toMatch(/ \+995$/);
      // Not a timed test: a sanity bound so a per-case round trip (seconds) would show.
      expect(elapsed).toBeLessThan(10_000);
      const again = await staffCaller(db, team.supervisor).cases.bulkAssign({ caseIds: many.slice(0, 10), toUserId: team.caseworker.id });
      expect(again).toEqual({ assigned: 0, alreadyAssigned: 10 });
    });

    it('tells the person once, and mails the high-risk cases of the selection in one message', async () => {
      await staffCaller(db, team.colleague).notifications.saveEmailPreferences({ email: 'colleague@example.org', dailyDigest: false });
      const high = [names.thida, names.bopha, names.thida].map((n, i) => registerQuietly(db, team.supervisor, intake({ names: n, riskLevel: 'high', dateOfBirth: `201${i}-01-01` })));
      const medium = registerQuietly(db, team.supervisor, intake({ riskLevel: 'medium' }));
      const before = db.select().from(schema.notifications).all().filter((n) => n.userId === team.colleague.id).length;
      const outboxBefore = db.select().from(schema.emailOutbox).all().length;
      await staffCaller(db, team.supervisor).cases.bulkAssign({ caseIds: [...high.map((c) => c.caseId), medium.caseId], toUserId: team.colleague.id });
      const told = db.select().from(schema.notifications).all().filter((n) => n.userId === team.colleague.id).slice(before);
      expect(told).toHaveLength(1);
      expect(told[0]).toMatchObject({ kind: 'cases_assigned', detail: { total: '4', highRisk: '3' } });
      const mails = db.select().from(schema.emailOutbox).all().slice(outboxBefore);
      expect(mails).toEqual([expect.objectContaining({ toAddress: 'colleague@example.org', kind: 'high_risk_assignment', subject: '3 high-risk cases assigned to you: first contact within 24 hours' })]);
      for (const c of high) expect(mails[0]!.body).toContain(`- ${c.reference}`);
      expect(mails[0]!.body).not.toContain(medium.reference);
      expect(mails[0]!.body).toContain(`{portal}/staff/cases?worker=${team.colleague.id}`);
      // A one-case bulk assignment reads as a single assignment, with the case's own link.
      const single = registerQuietly(db, team.supervisor, intake({ riskLevel: 'high' }));
      await staffCaller(db, team.supervisor).cases.bulkAssign({ caseIds: [single.caseId], toUserId: team.colleague.id });
      expect(db.select().from(schema.notifications).all().filter((n) => n.userId === team.colleague.id).at(-1)).toMatchObject({ kind: 'case_assigned', caseId: single.caseId, link: `/cases/${single.caseId}` });
      expect(db.select().from(schema.emailOutbox).all().slice(outboxBefore)).toHaveLength(2);
    });

    it('is for supervisors and admins only', async () => {
      await expect(staffCaller(db, team.caseworker).cases.bulkAssign({ caseIds: many.slice(0, 1), toUserId: team.colleague.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    });
  });
});
