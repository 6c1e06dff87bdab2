import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { makeUser } from '../testing';
import { hiveCaller } from './hive-testing';
import { assessmentInput, auditActions, failureOf, HOME, registerTestCase, setUp, staff } from './workflow-testing';

const LATER = '2026-12-10T09:00:00.000Z'; // 19 days after TEST_NOW's day

describe("the child's views at decisions", () => {
  const { db, cleanup, team, homeVillage } = setUp();
  afterAll(cleanup);
  const cw = staff(db, team.caseworker);

  it('records the views or why the child could not be asked, with clear errors for neither or both', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const assessment = await cw.assessments.create({ caseId, ...assessmentInput() });
    const base = { caseId, occasion: 'assessment' as const, recordId: assessment.id };
    expect(await failureOf(cw.childVoices.record({ ...base, views: '' }))).toMatchObject({ code: 'BAD_REQUEST', fieldErrors: { views: expect.stringContaining("Child's views") } });
    expect(Object.keys((await failureOf(cw.childVoices.record({ ...base, views: 'Happy', notAskedReason: 'unwell' }))).fieldErrors ?? {})).toEqual(['notAskedReason']);
    expect(await failureOf(cw.childVoices.record({ ...base, occasion: 'closure', views: 'Happy' }))).toMatchObject({ field: 'recordId', messageKey: 'errors.childVoiceRecord' });
    const voice = await cw.childVoices.record({ ...base, views: 'I want to go back to school' });
    expect(voice).toMatchObject({ views: 'I want to go back to school', notAskedReason: null, recordedById: team.caseworker.id, reviewedAt: null });
    expect(auditActions(db, caseId)).toContain('child_voice.record');
    // A case out of this person's scope answers NOT_FOUND.
    expect((await failureOf(staff(db, team.otherSupervisor).childVoices.list({ caseId, occasion: 'assessment' }))).code).toBe('NOT_FOUND');
  });

  it('puts a "could not be asked" in the supervisor\'s inbox until acknowledged, not the recorder\'s own', async () => {
    const caseId = registerTestCase(db, team.caseworker, homeVillage);
    const assessment = await cw.assessments.create({ caseId, ...assessmentInput() });
    const voice = await cw.childVoices.record({ caseId, occasion: 'assessment', recordId: assessment.id, notAskedReason: 'too_young' });
    const sup = staff(db, team.supervisor);
    expect((await sup.childVoices.toReview()).map((v) => v.id)).toContain(voice.id);
    expect((await sup.feedback.myWork()).voicesToReview).toBeGreaterThan(0);
    expect((await staff(db, team.otherSupervisor).childVoices.toReview()).map((v) => v.id)).not.toContain(voice.id);
    const acknowledged = await sup.childVoices.acknowledge({ id: voice.id });
    expect(acknowledged).toMatchObject({ reviewedById: team.supervisor.id, reviewedByName: team.supervisor.displayName });
    expect((await sup.childVoices.toReview()).map((v) => v.id)).not.toContain(voice.id);
    expect(await failureOf(sup.childVoices.acknowledge({ id: voice.id }))).toMatchObject({ messageKey: 'errors.childVoiceReviewed' });
    expect(auditActions(db, caseId)).toContain('child_voice.acknowledge');
    expect((await cw.childVoices.list({ caseId, occasion: 'assessment' }))[0]).toMatchObject({ id: voice.id, reviewedAt: expect.any(String) });
  });
});

describe('feedback and complaints', () => {
  const { db, cleanup, team } = setUp();
  afterAll(cleanup);
  const volunteer = makeUser(db, 'hive_volunteer', [HOME]);
  const aboutStaff = { kind: 'complaint_about_staff' as const, from: 'child' as const, words: 'The caseworker shouted at me', concerns: 'The caseworker who visits', answerWay: 'through_volunteer' as const };

  it('sends a complaint about staff from the hive to safeguarding leads only, and tracks it to closure', async () => {
    const hive = hiveCaller(db, volunteer);
    const id = randomUUID();
    expect(await hive.feedback.submit({ id, ...aboutStaff })).toEqual({ id, status: 'received', alreadyReceived: false });
    expect((await hive.feedback.submit({ id, ...aboutStaff })).alreadyReceived).toBe(true);
    // The staff member's own team, and an administrator who is not a lead, never see it.
    for (const user of [team.caseworker, team.supervisor, team.admin]) {
      const caller = staff(db, user);
      expect((await caller.feedback.list({})).map((f) => f.id)).not.toContain(id);
      expect((await failureOf(caller.feedback.byId({ id }))).code).toBe('NOT_FOUND');
      expect((await failureOf(caller.feedback.answer({ id, expectedVersion: 0, answer: 'x', answeredOn: '2026-11-21' }))).code).toBe('NOT_FOUND');
    }
    // The administrator makes the second supervisor the safeguarding lead.
    const admin = staff(db, team.admin);
    const lead = team.supervisor2;
    const updated = await admin.users.update({ id: lead.id, expectedVersion: 0, displayName: lead.displayName, role: 'supervisor', locale: 'en', communeCodes: [HOME], safeguardingLead: true });
    expect(updated.safeguardingLead).toBe(true);
    const sl = staff(db, lead);
    expect((await sl.feedback.list({})).map((f) => f.id)).toContain(id);
    expect(await failureOf(sl.feedback.close({ id, expectedVersion: 0 }))).toMatchObject({ messageKey: 'errors.feedbackStatus' });
    expect(await failureOf(sl.feedback.answer({ id, expectedVersion: 0, answer: 'We spoke with you', answeredOn: '2026-11-20' }))).toMatchObject({ field: 'answeredOn' });
    const answered = await sl.feedback.answer({ id, expectedVersion: 0, answer: 'We spoke with you and with the caseworker', answeredOn: '2026-11-21' });
    expect(answered).toMatchObject({ status: 'answered', answeredOn: '2026-11-21', answeredByName: lead.displayName });
    const closed = await sl.feedback.close({ id, expectedVersion: answered.version });
    expect(closed).toMatchObject({ status: 'closed', closedOn: '2026-11-21' });
  });

  it("shows an unanswered complaint as overdue after 14 days in the lead's and supervisor's My work", async () => {
    const hive = hiveCaller(db, volunteer);
    const staffComplaint = randomUUID();
    await hive.feedback.submit({ id: staffComplaint, ...aboutStaff });
    const general = await staff(db, team.caseworker).feedback.record({ kind: 'complaint', from: 'family_member', words: 'Nobody came back to us', answerWay: 'visit', channel: 'phone', receivedOn: '2026-11-21' });
    const leadWork = await staff(db, team.supervisor2, LATER).feedback.myWork();
    expect(leadWork.overdueFeedback.map((f) => f.id)).toEqual(expect.arrayContaining([staffComplaint, general.id]));
    const supWork = await staff(db, team.supervisor, LATER).feedback.myWork();
    expect(supWork.overdueFeedback.map((f) => f.id)).toContain(general.id);
    expect(supWork.overdueFeedback.map((f) => f.id)).not.toContain(staffComplaint);
    expect((await staff(db, team.supervisor2).feedback.myWork()).overdueFeedback.map((f) => f.id)).not.toContain(general.id);
    expect((await staff(db, team.caseworker, LATER).feedback.list({ status: 'received' })).find((f) => f.id === general.id)?.overdue).toBe(true);
  });

  it('keeps contact details only with consent', async () => {
    const cw = staff(db, team.caseworker);
    const base = { kind: 'feedback' as const, from: 'child' as const, words: 'Thank you for the school uniform', answerWay: 'phone' as const, channel: 'in_person' as const, receivedOn: '2026-11-21' };
    expect(await failureOf(cw.feedback.record({ ...base, contact: '012 345 678' }))).toMatchObject({ fieldErrors: { contact: expect.stringContaining('agrees') } });
    const saved = await cw.feedback.record({ ...base, contact: '012 345 678', contactConsent: true });
    expect(saved).toMatchObject({ contact: '012 345 678', status: 'received', channel: 'in_person' });
    expect(await failureOf(cw.feedback.record({ ...base, contact: '012', contactConsent: true, receivedOn: '2026-11-22' }))).toMatchObject({ messageKey: 'errors.dateInFuture' });
  });

  it('refuses an analyst as safeguarding lead', async () => {
    const a = team.analyst;
    expect(await failureOf(staff(db, team.admin).users.update({ id: a.id, expectedVersion: 0, displayName: a.displayName, role: 'analyst', locale: 'en', communeCodes: [], safeguardingLead: true }))).toMatchObject({ field: 'safeguardingLead' });
  });
});
