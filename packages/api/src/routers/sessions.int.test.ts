// Signing in again leaves the older sessions alive: the person can see them and end them.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { createSession, findSessionUser } from '@kruosar/db';
import { staffRouter } from '../index';
import { createCallerFactory } from '../trpc';
import { TEST_NOW, makeUser, testContext } from '../testing';

describe('sessions', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const now = new Date(TEST_NOW);
  const me = makeUser(db, 'caseworker');
  const other = makeUser(db, 'caseworker');
  const laptop = createSession(db, { userId: me.id, portal: 'staff', now: new Date(now.getTime() - 3600_000), ttlHours: 12 });
  const phone = createSession(db, { userId: me.id, portal: 'staff', now: new Date(now.getTime() - 1800_000), ttlHours: 12 });
  const here = createSession(db, { userId: me.id, portal: 'staff', now, ttlHours: 12 });
  const theirs = createSession(db, { userId: other.id, portal: 'staff', now, ttlHours: 12 });
  createSession(db, { userId: me.id, portal: 'staff', now: new Date('2026-01-01T00:00:00Z'), ttlHours: 12 });
  const caller = (token: string) => createCallerFactory(staffRouter)({ ...testContext(db, 'staff', me), session: { token, set: () => undefined, clear: () => undefined } });
  const alive = (token: string) => findSessionUser(db, { token, portal: 'staff', now }) !== undefined;

  it("lists the person's unexpired sessions, newest first, this one marked, no tokens", async () => {
    const list = await caller(here.token).sessions.mine();
    expect(list.map((s) => s.current)).toEqual([true, false, false]);
    expect(JSON.stringify(list)).not.toContain(laptop.token);
  });

  it('ends one session by its id, only one of its own', async () => {
    const [, phoneRow] = await caller(here.token).sessions.mine();
    expect((await caller(here.token).sessions.end({ sessionId: phoneRow!.id })).ended).toBe(1);
    expect(alive(phone.token)).toBe(false);
    expect(alive(laptop.token)).toBe(true);
    const theirId = (await createCallerFactory(staffRouter)({ ...testContext(db, 'staff', other), session: { token: theirs.token, set: () => undefined, clear: () => undefined } }).sessions.mine())[0]!.id;
    await expect(caller(here.token).sessions.end({ sessionId: theirId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(alive(theirs.token)).toBe(true);
  });

  it('ends every other session, keeping this one', async () => {
    await caller(here.token).sessions.endOthers();
    expect(alive(laptop.token)).toBe(false);
    expect(alive(here.token)).toBe(true);
    expect(alive(theirs.token)).toBe(true);
  });
});
