import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { battambangDemoUnits, createSession, findSessionUser, findUserById, findUserForSignIn, schema, upsertGeoUnits } from '@kruosar/db';
import { verifyPassword } from '../auth/password';
import { createCallerFactory } from '../trpc';
import { staffRouter } from '../portals/staff';
import { makeUser, testContext, TEST_NOW } from '../testing';
import type { CurrentUser } from '@kruosar/domain';

const ROTTANAK = '020303';

describe('users (staff accounts for administrators)', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  upsertGeoUnits(db, battambangDemoUnits());
  const admin = makeUser(db, 'admin');
  const as = (user: CurrentUser) => createCallerFactory(staffRouter)(testContext(db, 'staff', user));
  const now = new Date(TEST_NOW);

  it('creates a caseworker with a temporary password shown once (stored hashed) that must be changed first', async () => {
    const { account, temporaryPassword } = await as(admin).users.create({ username: 'Dara.Keo', displayName: 'Keo Dara (demo)', role: 'caseworker', locale: 'km', communeCodes: [ROTTANAK] });
    expect(account).toMatchObject({ username: 'dara.keo', role: 'caseworker', status: 'active', mustChangePassword: true, communeCodes: [ROTTANAK], locale: 'km' });
    expect(temporaryPassword.length).toBeGreaterThanOrEqual(10);
    const stored = findUserForSignIn(db, 'dara.keo')!;
    expect(stored.passwordHash).not.toContain(temporaryPassword);
    expect(await verifyPassword(stored.passwordHash, temporaryPassword)).toBe(true);

    // Until the password is changed, nothing but the change works.
    const me = findUserById(db, account.id)!;
    expect(me.mustChangePassword).toBe(true);
    await expect(as(me).cases.list({})).rejects.toMatchObject({ code: 'FORBIDDEN', cause: expect.objectContaining({ messageKey: 'errors.passwordChangeRequired' }) });
    await expect(as(me).account.changePassword({ currentPassword: 'not it at all', newPassword: 'a new long password' })).rejects.toMatchObject({ cause: expect.objectContaining({ field: 'currentPassword' }) });
    await as(me).account.changePassword({ currentPassword: temporaryPassword, newPassword: 'a new long password' });
    const after = findUserById(db, account.id)!;
    expect(after.mustChangePassword).toBeUndefined();
    expect((await as(after).cases.list({})).total).toBe(0);
    const actions = db.select().from(schema.auditLog).all().filter((a) => a.entityId === account.id).map((a) => a.action);
    expect(actions).toEqual(['user.create', 'user.changePassword']);
  });

  it('refuses a duplicate username, a caseworker without communes, and a non-admin', async () => {
    await expect(as(admin).users.create({ username: 'dara.keo', displayName: 'X', role: 'analyst', locale: 'en', communeCodes: [] })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(as(admin).users.create({ username: 'nocommune', displayName: 'X', role: 'supervisor', locale: 'en', communeCodes: [] })).rejects.toMatchObject({
      cause: expect.objectContaining({ field: 'communeCodes', messageKey: 'errors.communesRequired' }),
    });
    const supervisor = makeUser(db, 'supervisor', [ROTTANAK]);
    await expect(as(supervisor).users.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lists with search and filters, and edits role and communes from the version read', async () => {
    const page = await as(admin).users.list({ search: 'KEO', role: 'caseworker', status: 'active' });
    expect(page.items.map((u) => u.username)).toEqual(['dara.keo']);
    expect((await as(admin).users.list({ role: 'analyst' })).items.map((u) => u.username)).not.toContain('dara.keo');
    const account = page.items[0]!;
    const edited = await as(admin).users.update({ id: account.id, expectedVersion: account.version, displayName: account.displayName, role: 'supervisor', locale: 'en', communeCodes: [ROTTANAK, '020307'] });
    expect(edited).toMatchObject({ role: 'supervisor', communeCodes: [ROTTANAK, '020307'], version: account.version + 1 });
    await expect(as(admin).users.update({ id: account.id, expectedVersion: account.version, displayName: 'X', role: 'analyst', locale: 'en', communeCodes: [] })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('deactivates: every open session ends at once and sign-in is refused; reactivates', async () => {
    const account = (await as(admin).users.list({ search: 'dara.keo' })).items[0]!;
    const session = createSession(db, { userId: account.id, portal: 'staff', now, ttlHours: 12 });
    expect(findSessionUser(db, { token: session.token, portal: 'staff', now })?.id).toBe(account.id);
    const deactivated = await as(admin).users.deactivate({ id: account.id, expectedVersion: account.version });
    expect(deactivated.status).toBe('deactivated');
    expect(findSessionUser(db, { token: session.token, portal: 'staff', now })).toBeUndefined();
    expect(db.select().from(schema.sessions).all().filter((s) => s.userId === account.id)).toEqual([]);
    expect(findUserForSignIn(db, 'dara.keo')).toBeUndefined();
    expect((await as(admin).users.list({ status: 'deactivated' })).items.map((u) => u.username)).toEqual(['dara.keo']);
    const reactivated = await as(admin).users.reactivate({ id: account.id, expectedVersion: deactivated.version });
    expect(reactivated.status).toBe('active');
    expect(findUserForSignIn(db, 'dara.keo')).toBeDefined();
    // An administrator does not lock themselves out.
    await expect(as(admin).users.deactivate({ id: admin.id, expectedVersion: 0 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('resets a password: a new temporary one, sessions ended, change required', async () => {
    const account = (await as(admin).users.list({ search: 'dara.keo' })).items[0]!;
    const session = createSession(db, { userId: account.id, portal: 'staff', now, ttlHours: 12 });
    const { account: reset, temporaryPassword } = await as(admin).users.resetPassword({ id: account.id, expectedVersion: account.version });
    expect(reset.mustChangePassword).toBe(true);
    expect(findSessionUser(db, { token: session.token, portal: 'staff', now })).toBeUndefined();
    expect(await verifyPassword(findUserForSignIn(db, 'dara.keo')!.passwordHash, temporaryPassword)).toBe(true);
  });
});
