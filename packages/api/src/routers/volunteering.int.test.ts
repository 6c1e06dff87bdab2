// Volunteering: capacity never overbooked (even by sign-ups racing in separate processes), shifts near children held
// until safeguarding is cleared, hours approved by staff, and each volunteer sees only their own.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import type { CurrentUser } from '@kruosar/domain';
import { supportersRouter } from '../portals/supporters';
import { createCallerFactory } from '../trpc';
import { makeUser, testContext, TEST_NOW } from '../testing';
import { failureOf, seedGeography, staffCaller } from './hive-testing';

const { db, file, cleanup } = createTestDatabase();
afterAll(cleanup);
seedGeography(db);
const supervisor = makeUser(db, 'supervisor', ['020303']);
const admin = makeUser(db, 'admin');
const volunteers = Array.from({ length: 6 }, () => makeUser(db, 'volunteer'));
const [ana, bo, chea] = volunteers as [CurrentUser, CurrentUser, CurrentUser];
const supporter = (user: CurrentUser, now = TEST_NOW) => createCallerFactory(supportersRouter)(testContext(db, 'supporters', user, now));
const staff = (user: CurrentUser = supervisor, now = TEST_NOW) => staffCaller(db, user, now);

const shift = (over: Record<string, unknown> = {}) => ({
  title: 'Reading club helper',
  description: 'Read with children at the community centre.',
  communeCode: '020303',
  shiftDate: '2026-11-28',
  startTime: '08:00',
  endTime: '11:30',
  capacity: 3,
  nearChildren: true,
  ...over,
});

describe('volunteer shifts', () => {
  it('lets supervisors offer shifts in their own communes only, with a sensible time', async () => {
    expect((await failureOf(staff().volunteering.createOpportunity(shift({ communeCode: '020804' })))).code).toBe('FORBIDDEN');
    expect(await failureOf(staff().volunteering.createOpportunity(shift({ endTime: '07:00' })))).toMatchObject({ messageKey: 'errors.shiftEndsBeforeStart', field: 'endTime' });
    expect(await failureOf(staff().volunteering.createOpportunity(shift({ shiftDate: '2026-11-01' })))).toMatchObject({ messageKey: 'errors.shiftInPast' });
    const created = await staff(admin).volunteering.createOpportunity(shift({ communeCode: '020804', nearChildren: false }));
    expect(created).toMatchObject({ communeNameLatin: 'Roka', placesLeft: 3, signups: [] });
  });

  it('never overbooks, even when sign-ups race in separate processes', async () => {
    const { id } = await staff().volunteering.createOpportunity(shift({ nearChildren: false }));
    const tsx = createRequire(import.meta.url).resolve('tsx');
    const worker = fileURLToPath(new URL('./volunteering.race-worker.ts', import.meta.url));
    const startAt = String(Date.now() + 6000);
    const run = promisify(execFile);
    const outcomes = await Promise.all(
      volunteers.map((v) => run(process.execPath, ['--import', pathToFileURL(tsx).href, worker, file, id, v.id, startAt, TEST_NOW], { timeout: 60_000 }).then((r) => r.stdout)),
    );
    expect(outcomes.filter((o) => o === 'confirmed')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'errors.opportunityFull')).toHaveLength(3);
    const live = db.select().from(schema.volunteerSignups).all().filter((s) => s.opportunityId === id && s.status !== 'cancelled');
    expect(live).toHaveLength(3);
    // A cancelled place is free again.
    const mine = live[0]!;
    const owner = volunteers.find((v) => v.id === mine.volunteerId)!;
    await supporter(owner).volunteering.cancelSignUp({ signupId: mine.id, expectedVersion: mine.version });
    const loser = volunteers.find((v) => !live.some((s) => s.volunteerId === v.id))!;
    expect((await supporter(loser).volunteering.signUp({ opportunityId: id })).status).toBe('confirmed');
    expect(await failureOf(supporter(owner).volunteering.signUp({ opportunityId: id }))).toMatchObject({ messageKey: 'errors.opportunityFull' });
  }, 90_000);

  it('holds a sign-up near children until staff record safeguarding, then confirms it', async () => {
    const near = await staff().volunteering.createOpportunity(shift({ title: 'Play session', shiftDate: '2026-11-25' }));
    const held = await supporter(ana).volunteering.signUp({ opportunityId: near.id });
    expect(held.status).toBe('pending_safeguarding');
    expect(await failureOf(supporter(ana).volunteering.signUp({ opportunityId: near.id }))).toMatchObject({ messageKey: 'errors.alreadySignedUp' });
    expect(await supporter(ana).volunteering.mySafeguarding()).toEqual({ status: 'not_recorded', backgroundCheckOn: null, codeOfConductSignedOn: null, recordedAt: null });
    expect(await failureOf(staff().safeguarding.record({ volunteerId: ana.id, backgroundCheckOn: '2026-12-01', codeOfConductSignedOn: '2026-11-01' }))).toMatchObject({ messageKey: 'errors.safeguardingFuture' });
    expect((await failureOf(staff().safeguarding.record({ volunteerId: supervisor.id, backgroundCheckOn: '2026-11-01', codeOfConductSignedOn: '2026-11-01' }))).code).toBe('NOT_FOUND');

    const cleared = await staff().safeguarding.record({ volunteerId: ana.id, backgroundCheckOn: '2026-11-10', codeOfConductSignedOn: '2026-11-12' });
    expect(cleared).toMatchObject({ status: 'cleared', confirmedSignups: 1 });
    expect((await supporter(ana).volunteering.mySignUps()).find((s) => s.id === held.id)!.status).toBe('confirmed');
    expect(await supporter(ana).volunteering.mySafeguarding()).toMatchObject({ status: 'cleared', backgroundCheckOn: '2026-11-10', codeOfConductSignedOn: '2026-11-12' });
    // Cleared volunteers are confirmed straight away; others still wait, and the place is held meanwhile.
    const another = await staff().volunteering.createOpportunity(shift({ title: 'Homework club', capacity: 2 }));
    expect((await supporter(ana).volunteering.signUp({ opportunityId: another.id })).status).toBe('confirmed');
    expect((await supporter(bo).volunteering.signUp({ opportunityId: another.id })).status).toBe('pending_safeguarding');
    expect(await failureOf(supporter(chea).volunteering.signUp({ opportunityId: another.id }))).toMatchObject({ messageKey: 'errors.opportunityFull' });

    const revoked = await staff(admin).safeguarding.revoke({ volunteerId: ana.id, reason: 'A concern was reported' });
    expect(revoked).toMatchObject({ status: 'revoked', heldSignups: 2 });
    expect((await supporter(ana).volunteering.mySignUps()).filter((s) => s.status === 'pending_safeguarding')).toHaveLength(2);
    const list = await staff().safeguarding.volunteers();
    expect(list.find((v) => v.volunteerId === ana.id)).toMatchObject({ status: 'revoked', pendingSignups: 2 });
  });

  it('shows a volunteer open shifts with places left and their own sign-up, never who else signed up', async () => {
    const open = await supporter(chea).volunteering.opportunities();
    expect(open.length).toBeGreaterThan(0);
    const json = JSON.stringify(open);
    for (const other of volunteers.filter((v) => v.id !== chea.id)) {
      expect(json).not.toContain(other.id);
      expect(json).not.toContain(other.displayName);
    }
    expect(open.every((o) => !('signups' in o))).toBe(true);
  });

  it('lets a volunteer log hours for a confirmed shift once it has happened, and staff approve or reject them', async () => {
    const past = await staff().volunteering.createOpportunity(shift({ title: 'Garden day', nearChildren: false, shiftDate: '2026-11-22' }));
    const signup = await supporter(chea).volunteering.signUp({ opportunityId: past.id });
    expect(await failureOf(supporter(chea).volunteering.logHours({ signupId: signup.id, hours: 3, note: '' }))).toMatchObject({ messageKey: 'errors.shiftNotYet' });
    const later = '2026-11-23T09:00:00.000Z';
    expect((await failureOf(supporter(chea, later).volunteering.logHours({ signupId: signup.id, hours: 3.1, note: '' }))).fieldErrors).toHaveProperty('hours');
    expect((await failureOf(supporter(bo, later).volunteering.logHours({ signupId: signup.id, hours: 3, note: '' }))).code).toBe('NOT_FOUND');
    // The shift lasted 3.5 hours: more needs a reason.
    expect(await failureOf(supporter(chea, later).volunteering.logHours({ signupId: signup.id, hours: 4, note: '  ' }))).toMatchObject({ messageKey: 'errors.hoursBeyondShift', field: 'note' });
    const logged = await supporter(chea, later).volunteering.logHours({ signupId: signup.id, hours: 3.5, note: 'Weeding and planting' });
    expect(logged).toMatchObject({ status: 'submitted', hours: 3.5, workedOn: '2026-11-22', opportunityTitle: 'Garden day' });
    expect(await failureOf(supporter(chea, later).volunteering.logHours({ signupId: signup.id, hours: 1, note: '' }))).toMatchObject({ messageKey: 'errors.hoursAlreadyLogged' });

    const pending = await staff().volunteering.hours({ status: 'submitted' });
    expect(pending.map((h) => h.id)).toContain(logged.id);
    expect(await failureOf(staff().volunteering.decideHours({ id: logged.id, expectedVersion: logged.version, decision: 'reject', reason: '' }))).toMatchObject({ messageKey: 'errors.reasonRequired' });
    const approved = await staff().volunteering.decideHours({ id: logged.id, expectedVersion: logged.version, decision: 'approve', reason: '' });
    expect(approved).toMatchObject({ status: 'approved', volunteerName: chea.displayName });
    expect(await failureOf(staff(admin).volunteering.decideHours({ id: logged.id, expectedVersion: approved.version, decision: 'reject', reason: 'Too many' }))).toMatchObject({ messageKey: 'errors.hoursDecided' });
    expect((await supporter(chea, later).volunteering.myHours()).approvedHours).toBe(3.5);
  });

  it('neither offers nor lets anyone join a shift that has ended, even earlier today', async () => {
    // TEST_NOW is 16:00 in Cambodia.
    expect(await failureOf(staff().volunteering.createOpportunity(shift({ shiftDate: '2026-11-21', startTime: '08:00', endTime: '11:30' })))).toMatchObject({ messageKey: 'errors.shiftInPast' });
    const evening = await staff().volunteering.createOpportunity(shift({ title: 'Evening reading', shiftDate: '2026-11-21', startTime: '17:00', endTime: '19:00', nearChildren: false }));
    expect((await supporter(ana).volunteering.opportunities()).map((o) => o.id)).toContain(evening.id);
    const after = '2026-11-21T12:30:00.000Z'; // 19:30 in Cambodia
    expect((await supporter(ana, after).volunteering.opportunities()).map((o) => o.id)).not.toContain(evening.id);
    expect(await failureOf(supporter(ana, after).volunteering.signUp({ opportunityId: evening.id }))).toMatchObject({ messageKey: 'errors.shiftInPast' });
    expect(await failureOf(staff(supervisor, after).volunteering.updateOpportunity({ id: evening.id, expectedVersion: evening.version, input: shift({ title: 'Evening reading', shiftDate: '2026-11-21', startTime: '17:00', endTime: '19:00' }) }))).toMatchObject({
      messageKey: 'errors.shiftInPast',
    });
  });

  it('keeps places taken when staff lower the capacity, and cancels shifts without deleting sign-ups', async () => {
    const s = await staff().volunteering.createOpportunity(shift({ nearChildren: false, capacity: 2 }));
    await supporter(bo).volunteering.signUp({ opportunityId: s.id });
    await supporter(chea).volunteering.signUp({ opportunityId: s.id });
    expect(await failureOf(staff().volunteering.updateOpportunity({ id: s.id, expectedVersion: s.version, input: shift({ nearChildren: false, capacity: 1 }) }))).toMatchObject({ messageKey: 'errors.capacityBelowSignups' });
    expect(await failureOf(staff().volunteering.updateOpportunity({ id: s.id, expectedVersion: s.version, input: shift({ capacity: 2 }) }))).toMatchObject({ messageKey: 'errors.nearChildrenFixed' });
    const cancelled = await staff().volunteering.cancelOpportunity({ id: s.id, expectedVersion: s.version });
    expect(cancelled).toMatchObject({ cancelled: true, placesTaken: 2 });
    expect((await supporter(bo).volunteering.opportunities()).map((o) => o.id)).not.toContain(s.id);
  });
});
