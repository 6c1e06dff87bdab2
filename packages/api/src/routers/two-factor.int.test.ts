// Two-factor sign-in against a real SQLite file: required for supervisors created by an administrator, codes
// computed here as an authenticator app would, each used once, wrong ones slowed down, and the reset.
import { afterAll, describe, expect, it } from 'vitest';
import { Secret, TOTP } from 'otpauth';
import { createTestDatabase } from '@kruosar/db/testing';
import { battambangDemoUnits, findSessionUser, findUserById, schema, upsertGeoUnits } from '@kruosar/db';
import type { CurrentUser } from '@kruosar/domain';
import { createCallerFactory } from '../trpc';
import { staffRouter } from '../portals/staff';
import { makeUser, testContext, TEST_NOW } from '../testing';
import { hashPassword } from '../auth/password';

const ROTTANAK = '020303';
const at = (seconds: number) => new Date(Date.parse(TEST_NOW) + seconds * 1000).toISOString();
const codeAt = (secret: string, seconds: number) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.parse(at(seconds)) });

describe('two-factor sign-in', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  upsertGeoUnits(db, battambangDemoUnits());
  const admin = makeUser(db, 'admin');
  const staff = createCallerFactory(staffRouter);
  const as = (user: CurrentUser, now = TEST_NOW) => staff(testContext(db, 'staff', user, now));
  const signIn = (input: { username: string; password: string; code?: string }, seconds = 0, address = 'test-client') => {
    const ctx = { ...testContext(db, 'staff', null, at(seconds)), clientKey: address };
    return staff(ctx).auth.signIn(input).then((user) => ({ user, token: ctx.session.token! }));
  };
  const sessionUser = (token: string, seconds = 0) => findSessionUser(db, { token, portal: 'staff', now: new Date(at(seconds)) });
  let secret = '';
  let recoveryCodes: string[] = [];
  let supervisorId = '';
  const password = 'a long new password';

  it('makes a new supervisor set it up before anything else, and turns it on with a right code', async () => {
    const { account, temporaryPassword } = await as(admin).users.create({ username: 'sup.two', displayName: 'Two Factor (demo)', role: 'supervisor', locale: 'en', communeCodes: [ROTTANAK] });
    supervisorId = account.id;
    expect(account.twoFactorEnabled).toBe(false);
    const first = await signIn({ username: 'sup.two', password: temporaryPassword });
    const me = sessionUser(first.token)!;
    expect(me).toMatchObject({ mustChangePassword: true, mustEnrolTwoFactor: true });
    await as(me).account.changePassword({ currentPassword: temporaryPassword, newPassword: password });
    const enrolling = sessionUser(first.token)!;
    await expect(as(enrolling).cases.list({})).rejects.toMatchObject({ code: 'FORBIDDEN', cause: expect.objectContaining({ messageKey: 'errors.twoFactorEnrolRequired' }) });
    expect(await as(enrolling).account.twoFactorStatus()).toEqual({ enabled: false, required: true, recoveryCodesLeft: 0 });

    const enrolment = await as(enrolling).account.twoFactorStart();
    secret = enrolment.secret;
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Kruosar:sup\.two\?.*secret=/);
    await expect(as(enrolling).account.twoFactorConfirm({ code: codeAt(secret, 600) })).rejects.toMatchObject({ cause: expect.objectContaining({ messageKey: 'errors.wrongTwoFactorCode', field: 'code' }) });
    await expect(as(enrolling).account.twoFactorConfirm({ code: 'abc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    ({ recoveryCodes } = await as(enrolling).account.twoFactorConfirm({ code: codeAt(secret, 0) }));
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    await expect(as(enrolling).account.twoFactorStart()).rejects.toMatchObject({ code: 'CONFLICT' });

    const enrolled = sessionUser(first.token)!;
    expect(enrolled.mustEnrolTwoFactor).toBeUndefined();
    expect((await as(enrolled).cases.list({})).total).toBe(0);
    const stored = db.select().from(schema.users).all().find((u) => u.id === supervisorId)!;
    expect(JSON.stringify(stored.recoveryCodeHashes)).not.toContain(recoveryCodes[0]!.replace('-', ''));
  });

  it('asks for the code after the right password, and takes each code only once', async () => {
    await expect(signIn({ username: 'sup.two', password: 'wrong password' })).rejects.toMatchObject({ cause: expect.objectContaining({ messageKey: 'errors.invalidCredentials' }) });
    await expect(signIn({ username: 'sup.two', password }, 30)).rejects.toMatchObject({ code: 'UNAUTHORIZED', cause: expect.objectContaining({ messageKey: 'errors.twoFactorCodeNeeded', field: 'code' }) });
    // The code that confirmed the set-up was already used in its 30 seconds.
    await expect(signIn({ username: 'sup.two', password, code: codeAt(secret, 0) }, 10)).rejects.toMatchObject({ cause: expect.objectContaining({ messageKey: 'errors.wrongTwoFactorCode' }) });
    const ok = await signIn({ username: 'sup.two', password, code: codeAt(secret, 60) }, 60);
    expect(ok.user).toMatchObject({ username: 'sup.two' });
    expect(ok.user).not.toHaveProperty('totpSecret');
    await expect(signIn({ username: 'sup.two', password, code: codeAt(secret, 60) }, 61)).rejects.toMatchObject({ cause: expect.objectContaining({ messageKey: 'errors.wrongTwoFactorCode' }) });

    const recovery = recoveryCodes[0]!;
    await expect(signIn({ username: 'sup.two', password, code: ` ${recovery.toUpperCase()} ` }, 90)).resolves.toMatchObject({ user: { username: 'sup.two' } });
    await expect(signIn({ username: 'sup.two', password, code: recovery }, 91)).rejects.toMatchObject({ cause: expect.objectContaining({ messageKey: 'errors.wrongTwoFactorCode' }) });
    const me = findUserById(db, supervisorId)!;
    expect(await as(me).account.twoFactorStatus()).toEqual({ enabled: true, required: true, recoveryCodesLeft: 9 });
    const actions = db.select().from(schema.auditLog).all().filter((a) => a.entityId === supervisorId).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['user.twoFactor.start', 'user.twoFactor.enable', 'auth.twoFactor.failed', 'auth.recoveryCodeUsed']));
  });

  it('slows down wrong codes like wrong passwords, even with the right password', async () => {
    // One wrong code since the last right one (the recovery code used twice), then four more: the fifth sets a delay.
    for (let i = 0; i < 4; i++) {
      await expect(signIn({ username: 'sup.two', password, code: '000000' }, 200 + i, '192.0.2.9')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    }
    await expect(signIn({ username: 'sup.two', password, code: codeAt(secret, 210) }, 210, '192.0.2.9')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    // Past the delay, the right code gets in.
    await expect(signIn({ username: 'sup.two', password, code: codeAt(secret, 240) }, 240, '192.0.2.9')).resolves.toMatchObject({ user: { username: 'sup.two' } });
  });

  it('is reset by an administrator for a lost phone: sessions end, and it must be set up again', async () => {
    const live = await signIn({ username: 'sup.two', password, code: codeAt(secret, 300) }, 300);
    const supervisor = findUserById(db, supervisorId)!;
    await expect(as(supervisor).users.resetTwoFactor({ id: supervisorId, expectedVersion: 1 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { version } = (await as(admin).users.list({ search: 'sup.two' })).items[0]!;
    const account = await as(admin).users.resetTwoFactor({ id: supervisorId, expectedVersion: version });
    expect(account.twoFactorEnabled).toBe(false);
    expect(sessionUser(live.token, 300)).toBeUndefined();
    const again = await signIn({ username: 'sup.two', password }, 330);
    expect(sessionUser(again.token, 330)).toMatchObject({ mustEnrolTwoFactor: true });
  });

  it('is optional for a caseworker, who may turn it off again with a current code or their password', async () => {
    const caseworker = makeUser(db, 'caseworker', [ROTTANAK], await hashPassword('caseworker password'));
    expect(await as(caseworker).account.twoFactorStatus()).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    expect(findUserById(db, caseworker.id)!.mustEnrolTwoFactor).toBeUndefined();
    await expect(as(caseworker).account.twoFactorTurnOff({ confirmation: 'caseworker password' })).rejects.toMatchObject({ code: 'CONFLICT', cause: expect.objectContaining({ messageKey: 'errors.twoFactorNotOn' }) });
    const turnOn = async (seconds: number) => {
      const { secret: s } = await as(caseworker, at(seconds)).account.twoFactorStart();
      await as(caseworker, at(seconds)).account.twoFactorConfirm({ code: codeAt(s, seconds) });
      return s;
    };

    const cwSecret = await turnOn(600);
    await expect(signIn({ username: caseworker.username, password: 'caseworker password' }, 630)).rejects.toMatchObject({ cause: expect.objectContaining({ messageKey: 'errors.twoFactorCodeNeeded' }) });
    // A wrong password, a code from another secret, and the code already used to turn it on: each refused, still on.
    for (const confirmation of ['not my password', codeAt(secret, 660), codeAt(cwSecret, 600)]) {
      await expect(as(caseworker, at(660)).account.twoFactorTurnOff({ confirmation })).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: expect.objectContaining({ messageKey: 'errors.wrongTwoFactorConfirmation', field: 'confirmation' }) });
    }
    expect((await as(caseworker).account.twoFactorStatus()).enabled).toBe(true);
    await as(caseworker, at(690)).account.twoFactorTurnOff({ confirmation: codeAt(cwSecret, 690) });
    expect(await as(caseworker).account.twoFactorStatus()).toEqual({ enabled: false, required: false, recoveryCodesLeft: 0 });
    await expect(signIn({ username: caseworker.username, password: 'caseworker password' }, 720)).resolves.toMatchObject({ user: { username: caseworker.username } });

    await turnOn(900);
    await as(caseworker, at(930)).account.twoFactorTurnOff({ confirmation: 'caseworker password' });
    expect((await as(caseworker).account.twoFactorStatus()).enabled).toBe(false);
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.entityId === caseworker.id && a.action === 'user.twoFactor.disable');
    expect(audit.map((a) => JSON.parse(String(a.detail)))).toEqual([{ confirmedWith: 'authenticator' }, { confirmedWith: 'password' }]);
  });

  it('stays on for admins and supervisors: the server refuses to turn it off', async () => {
    const supervisor = makeUser(db, 'supervisor', [ROTTANAK]);
    for (const user of [admin, supervisor]) {
      await expect(as(user).account.twoFactorTurnOff({ confirmation: 'any password' })).rejects.toMatchObject({ code: 'FORBIDDEN', cause: expect.objectContaining({ messageKey: 'errors.twoFactorRequiredForRole' }) });
    }
  });
});
