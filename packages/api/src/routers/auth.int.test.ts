import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { createUser, schema } from '@kruosar/db';
import { staffRouter, hiveRouter } from '../index';
import { createCallerFactory } from '../trpc';
import { hashPassword } from '../auth/password';
import { TEST_NOW, testContext } from '../testing';

describe('auth', async () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const passwordHash = await hashPassword('correct horse battery');
  createUser(db, { username: 'dara', displayName: 'Dara', role: 'caseworker', locale: 'km', communeCodes: ['020303'], passwordHash }, new Date(TEST_NOW));
  createUser(db, { username: 'hivevol', displayName: 'Hive Vol', role: 'hive_volunteer', locale: 'km', communeCodes: ['020303'], passwordHash }, new Date(TEST_NOW));
  const staff = createCallerFactory(staffRouter);

  it('signs in, keeps the session server-side, knows who you are, signs out', async () => {
    const ctx = testContext(db, 'staff', null);
    const user = await staff(ctx).auth.signIn({ username: ' Dara ', password: 'correct horse battery' });
    expect(user).toMatchObject({ username: 'dara', role: 'caseworker', communeCodes: ['020303'] });
    expect(ctx.session.token).toMatch(/^[\w-]{40,}$/);
    const stored = db.select().from(schema.sessions).all();
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toBe(ctx.session.token);
    const out = await staff({ ...ctx, user }).auth.signOut();
    expect(out).toEqual({ ok: true });
    expect(db.select().from(schema.sessions).all()).toHaveLength(0);
  });

  it('refuses an unknown user and a wrong password with the same message', async () => {
    const caller = staff(testContext(db, 'staff', null));
    await expect(caller.auth.signIn({ username: 'nobody', password: 'whatever' })).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'Unknown username or wrong password' });
    await expect(caller.auth.signIn({ username: 'dara', password: 'wrong' })).rejects.toMatchObject({ code: 'UNAUTHORIZED', message: 'Unknown username or wrong password' });
  });

  it('rate-limits repeated failures, even with the right password afterwards', async () => {
    // The counters live in the database: a fresh address, so the failure above does not count here.
    const ctx = { ...testContext(db, 'staff', null), clientKey: 'another-client' };
    for (let i = 0; i < 5; i++) await expect(staff(ctx).auth.signIn({ username: 'dara', password: 'nope' })).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(staff(ctx).auth.signIn({ username: 'dara', password: 'correct horse battery' })).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('refuses an account at the wrong portal', async () => {
    await expect(staff(testContext(db, 'staff', null)).auth.signIn({ username: 'hivevol', password: 'correct horse battery' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const hive = createCallerFactory(hiveRouter)(testContext(db, 'hive', null));
    await expect(hive.auth.signIn({ username: 'hivevol', password: 'correct horse battery' })).resolves.toMatchObject({ role: 'hive_volunteer' });
  });

  it('rejects malformed input with field errors', async () => {
    await expect(staff(testContext(db, 'staff', null)).auth.signIn({ username: '', password: '' } as never)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
