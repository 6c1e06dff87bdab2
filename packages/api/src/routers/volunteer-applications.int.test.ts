// Applications to volunteer: anyone applies (Khmer digits in the phone number, consent required), coordinators
// accept (a volunteer account that signs in with the temporary password, checks pending) or decline with a reason.
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import type { VolunteerApplicationInput } from '@kruosar/domain';
import { supportersRouter } from '../portals/supporters';
import { createCallerFactory } from '../trpc';
import { makeUser, testContext } from '../testing';
import { failureOf, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
const supervisor = makeUser(db, 'supervisor', ['020303']);
const analyst = makeUser(db, 'analyst');
const anonymous = () => createCallerFactory(supportersRouter)(testContext(db, 'supporters', null));

const application = (over: Partial<VolunteerApplicationInput> = {}): VolunteerApplicationInput => ({
  name: 'Sok Dara',
  contact: '០១២ ៣៤៥ ៦៧៨',
  skills: 'Reading with children, first aid',
  availability: ['weekends'],
  languages: ['km', 'en'],
  locale: 'km',
  consentToSafeguardingChecks: true,
  ...over,
});

describe('volunteer applications', () => {
  it('refuses an application without consent or with a foreign number, naming the field and its message key', async () => {
    expect(await failureOf(anonymous().volunteerApplications.submit(application({ consentToSafeguardingChecks: false })))).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrorKeys: { consentToSafeguardingChecks: 'errors.safeguardingConsentRequired' },
    });
    expect(await failureOf(anonymous().volunteerApplications.submit(application({ contact: '+1 555 0100' })))).toMatchObject({ code: 'BAD_REQUEST', fieldErrorKeys: { contact: 'errors.applicantContact' } });
  });

  it('takes an application without an account, once per contact while it waits; coordinators see it, analysts never', async () => {
    expect(await anonymous().volunteerApplications.submit(application())).toEqual({ ok: true });
    expect(await failureOf(anonymous().volunteerApplications.submit(application({ contact: '012345678' })))).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.applicationWaiting' });
    const [listed] = await staffCaller(db, supervisor).volunteerApplications.list({ status: 'pending' });
    expect(listed).toMatchObject({ name: 'Sok Dara', contactKind: 'phone', contact: '+85512345678', locale: 'km', status: 'pending', availability: ['weekends'] });
    expect((await failureOf(staffCaller(db, analyst).volunteerApplications.list({})))).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('accepting makes a volunteer account in their language that signs in with the temporary password, checks pending', async () => {
    const [pending] = await staffCaller(db, supervisor).volunteerApplications.list({ status: 'pending' });
    const accepted = await staffCaller(db, supervisor).volunteerApplications.accept({ id: pending!.id, expectedVersion: pending!.version });
    expect(accepted).toMatchObject({ username: 'sok.dara', application: { status: 'accepted', volunteerUsername: 'sok.dara' } });
    expect(accepted.temporaryPassword).toHaveLength(16);
    // Deciding twice is refused.
    expect(await failureOf(staffCaller(db, supervisor).volunteerApplications.accept({ id: pending!.id, expectedVersion: pending!.version + 1 }))).toMatchObject({ code: 'CONFLICT', messageKey: 'errors.applicationDecided' });

    const me = await anonymous().auth.signIn({ username: 'sok.dara', password: accepted.temporaryPassword });
    expect(me).toMatchObject({ role: 'volunteer', locale: 'km', displayName: 'Sok Dara', mustChangePassword: true });
    const volunteer = createCallerFactory(supportersRouter)(testContext(db, 'supporters', me));
    expect(await failureOf(volunteer.volunteering.mySafeguarding())).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.passwordChangeRequired' });
    expect(await volunteer.account.changePassword({ currentPassword: accepted.temporaryPassword, newPassword: 'a new password of mine' })).toEqual({ ok: true });
    const after = createCallerFactory(supportersRouter)(testContext(db, 'supporters', { ...me, mustChangePassword: false }));
    expect(await after.volunteering.mySafeguarding()).toMatchObject({ status: 'pending' });
    const [row] = (await staffCaller(db, supervisor).safeguarding.volunteers()).filter((v) => v.username === 'sok.dara');
    expect(row).toMatchObject({ status: 'pending', displayName: 'Sok Dara' });
  });

  it('declines with a reason, and a second application from the same person is then possible', async () => {
    await anonymous().volunteerApplications.submit(application({ name: 'Chan Bopha', contact: 'Bopha@Example.org', locale: 'en' }));
    const [pending] = await staffCaller(db, supervisor).volunteerApplications.list({ status: 'pending' });
    expect(pending).toMatchObject({ contactKind: 'email', contact: 'bopha@example.org' });
    expect(await failureOf(staffCaller(db, supervisor).volunteerApplications.decline({ id: pending!.id, expectedVersion: pending!.version, reason: ' ' }))).toMatchObject({ code: 'BAD_REQUEST' });
    const declined = await staffCaller(db, supervisor).volunteerApplications.decline({ id: pending!.id, expectedVersion: pending!.version, reason: 'No shifts in your area this year' });
    expect(declined).toMatchObject({ status: 'declined', decisionReason: 'No shifts in your area this year', volunteerUsername: null });
    expect(await anonymous().volunteerApplications.submit(application({ name: 'Chan Bopha', contact: 'bopha@example.org' }))).toEqual({ ok: true });
    // Accepted this time: the address they applied with is where shift reminders go.
    const [again] = await staffCaller(db, supervisor).volunteerApplications.list({ status: 'pending' });
    const accepted = await staffCaller(db, supervisor).volunteerApplications.accept({ id: again!.id, expectedVersion: again!.version });
    const volunteerId = db.select().from(schema.users).all().find((u) => u.username === accepted.username)!.id;
    expect(db.select().from(schema.staffEmailPreferences).all().filter((p) => p.userId === volunteerId)).toMatchObject([{ email: 'bopha@example.org', dailyDigest: false }]);
  });
});
