import { afterAll, describe, expect, it } from 'vitest';
import { queueDailyDigests, schema, sweepOverdueFirstContacts } from '@kruosar/db';

const { emailOutbox, notifications } = schema;
import { intake } from './case-fixtures';
import { assessmentInput, caseInImplementation, failureOf, registerTestCase, setUp, staff } from './workflow-testing';

describe('my work and alerts', () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);
  const sup = staff(db, team.supervisor);
  const outbox = () => db.select().from(emailOutbox).all();
  const notificationsOf = (userId: string) => db.select().from(notifications).all().filter((n) => n.userId === userId);

  // Late on 2026-11-21 (medium: 72 h from 2026-11-15).
  const lateMedium = registerTestCase(db, team.caseworker, homeVillage, 'medium', '2026-11-15T00:00:00.000Z');
  let highCaseId = '';

  it('tells the caseworker of a high-risk assignment in the app and by mail, and the commune supervisors of the new case', async () => {
    await cw.notifications.saveEmailPreferences({ email: 'dalin@example.org', dailyDigest: true });
    const registered = await sup.cases.register(intake({ villageCode: homeVillage, riskLevel: 'high', assignedToId: team.caseworker.id }));
    highCaseId = registered.caseId;
    const [mine] = (await cw.notifications.list({})).items;
    expect(mine).toMatchObject({ kind: 'case_assigned', caseId: highCaseId, link: `/cases/${highCaseId}`, readAt: null });
    expect(mine!.detail.reference).toBe(registered.reference);
    expect(await cw.notifications.unreadCount()).toEqual({ unread: 1 });
    expect(outbox()).toEqual([expect.objectContaining({ toAddress: 'dalin@example.org', kind: 'high_risk_assignment', attempts: 0, sentAt: null })]);
    expect(outbox()[0]!.subject).toContain(registered.reference);
    // No child's name leaves by mail.
    expect(outbox()[0]!.body).not.toContain('Dara');
    expect(notificationsOf(team.supervisor2.id).map((n) => n.kind)).toEqual(['high_risk_case']);
    expect(notificationsOf(team.supervisor.id)).toEqual([]);
    expect(notificationsOf(team.otherSupervisor.id)).toEqual([]);
  });

  it("lists first contacts due in the caseworker's My work, the soonest target first, and nothing for an analyst", async () => {
    const work = await cw.myWork.get();
    expect(work.firstContacts.items.map((i) => i.caseId)).toEqual([lateMedium, highCaseId]);
    expect(work.firstContacts.total).toBe(2);
    expect(work.approver).toBe(false);
    const analyst = await staff(db, team.analyst).myWork.get();
    expect(analyst.firstContacts).toEqual({ total: 0, items: [] });
    expect(JSON.stringify(analyst)).not.toContain('Dara');
  });

  it('shows submitted work to the supervisor, then the returned work and its reason to the caseworker', async () => {
    const draft = await cw.assessments.create({ caseId: lateMedium, ...assessmentInput() });
    const submitted = await cw.assessments.submitForApproval({ id: draft.id, expectedVersion: draft.version });
    expect((await sup.myWork.get()).awaitingApproval.items).toEqual([expect.objectContaining({ kind: 'assessment', id: draft.id, caseId: lateMedium })]);
    expect((await cw.myWork.get()).awaitingApproval.total).toBe(1);
    await sup.assessments.decide({ id: submitted.id, expectedVersion: submitted.version, decision: 'return', reason: 'Add the school visit' });
    const returned = (await cw.notifications.list({})).items.find((n) => n.kind === 'work_returned');
    expect(returned).toMatchObject({ link: `/cases/${lateMedium}/assessment`, detail: { record: 'assessment', reason: 'Add the school visit' } });
    expect((await cw.myWork.get()).returned.items).toEqual([expect.objectContaining({ kind: 'assessment', id: draft.id, returnReason: 'Add the school visit' })]);
    expect((await sup.myWork.get()).awaitingApproval.total).toBe(0);
  });

  it("tells a colleague of a referral to them, and lists it in their My work", async () => {
    const colleague = staff(db, team.otherCaseworker);
    await cw.referrals.create({ caseId: lateMedium, kind: 'internal', toUserId: team.otherCaseworker.id, reason: 'Counselling', referredOn: '2026-11-21' });
    expect((await colleague.notifications.list({})).items.map((n) => [n.kind, n.link])).toEqual([['referral_received', '/referrals']]);
    expect((await colleague.myWork.get()).referrals.items).toEqual([expect.objectContaining({ caseId: lateMedium, reason: 'Counselling' })]);
  });

  it('sweeps overdue first contacts once: the caseworker and every supervisor of the commune are told', () => {
    const later = new Date('2026-11-23T09:00:00.000Z');
    const added = sweepOverdueFirstContacts(db, later);
    expect(added).toBe(6);
    expect(sweepOverdueFirstContacts(db, later)).toBe(0);
    expect(notificationsOf(team.supervisor.id).filter((n) => n.kind === 'first_contact_overdue').map((n) => n.caseId).sort()).toEqual([lateMedium, highCaseId].sort());
    expect(notificationsOf(team.otherSupervisor.id)).toEqual([]);
  });

  it('pages notifications newest first by keyset and marks only my own read', async () => {
    const first = await cw.notifications.list({ limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await cw.notifications.list({ limit: 2, cursor: first.next });
    expect(second.items.map((n) => n.id)).not.toContain(first.items[0]!.id);
    const all = (await cw.notifications.list({ limit: 100 })).items;
    // Assigned, returned, two overdue first contacts: two pages of two, nothing after.
    expect(second.next).toBeNull();
    expect([...first.items, ...second.items].map((n) => n.id)).toEqual(all.map((n) => n.id));
    expect(all).toHaveLength(4);
    const others = (await sup.notifications.list({})).items.map((n) => n.id);
    expect(await cw.notifications.markRead({ ids: others })).toEqual({ unread: all.length });
    expect(await cw.notifications.markRead({ ids: [all[0]!.id] })).toEqual({ unread: all.length - 1 });
    expect(await cw.notifications.markRead({ ids: 'all' })).toEqual({ unread: 0 });
    expect((await sup.notifications.unreadCount()).unread).toBeGreaterThan(0);
  });

  it('lists plan actions and reviews coming due, and queues one daily digest a day', async () => {
    const other = registerTestCase(db, team.caseworker, homeVillage, 'low');
    await caseInImplementation(db, team, other);
    const inDecember = staff(db, team.caseworker, '2026-12-10T02:00:00.000Z');
    const work = await inDecember.myWork.get();
    expect(work.planActions.items).toEqual([expect.objectContaining({ caseId: other, description: 'Enrol in rice support', dueDate: '2026-12-15', overdue: false })]);
    expect(work.planReviews.total).toBe(0);
    expect((await staff(db, team.caseworker, '2027-02-15T02:00:00.000Z').myWork.get()).planReviews.items).toEqual([expect.objectContaining({ caseId: other, reviewDate: '2027-02-20' })]);
    const before = outbox().length;
    expect(queueDailyDigests(db, new Date('2026-12-10T02:00:00.000Z'))).toBe(1);
    expect(queueDailyDigests(db, new Date('2026-12-10T08:00:00.000Z'))).toBe(0);
    const digest = outbox().slice(before)[0]!;
    expect(digest).toMatchObject({ toAddress: 'dalin@example.org', kind: 'daily_digest' });
    expect(digest.body).toContain('Plan actions due: 1');
  });

  it('keeps the mail server settings for admins, with clear errors for a bad host, port or sender', async () => {
    const admin = staff(db, team.admin);
    expect((await admin.mailSettings.get()).settings).toBeNull();
    const bad = await failureOf(admin.mailSettings.save({ host: 'mail server', port: 0, security: 'tls', sender: 'nobody', portalUrl: 'kruosar' }));
    expect(bad.code).toBe('BAD_REQUEST');
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(['host', 'port', 'portalUrl', 'sender']);
    const saved = await admin.mailSettings.save({ host: 'mail.example.org', port: 587, security: 'starttls', sender: 'kruosar@example.org', portalUrl: 'https://kruosar.example.org' });
    expect(saved).toMatchObject({ host: 'mail.example.org', port: 587, security: 'starttls' });
    const got = await admin.mailSettings.get();
    expect(got.settings).toMatchObject({ sender: 'kruosar@example.org' });
    expect(got.outbox.waiting).toBe(outbox().length);
  });
});
