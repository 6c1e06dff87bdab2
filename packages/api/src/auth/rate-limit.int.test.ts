// Sign-in limits against a real SQLite file: growing delays instead of a lock the attacker controls.
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@kruosar/db/testing';
import { createUser, purgeSignInThrottle, schema } from '@kruosar/db';
import { staffRouter } from '../index';
import { createCallerFactory } from '../trpc';
import { hashPassword } from './password';
import { testContext } from '../testing';

describe('sign-in limits', async () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const passwordHash = await hashPassword('correct horse battery');
  for (const username of ['owner', 'colleague', 'spread', 'slow']) {
    createUser(db, { username, displayName: username, role: 'caseworker', locale: 'en', communeCodes: [], passwordHash }, new Date('2026-11-21T09:00:00Z'));
  }
  const staff = createCallerFactory(staffRouter);
  const at = (address: string, now = '2026-11-21T09:00:00.000Z') => staff({ ...testContext(db, 'staff', null, now), clientKey: address });
  const guess = (address: string, username: string, password = 'wrong', now?: string) => at(address, now).auth.signIn({ username, password });

  it('slows an attacker at one address without locking the owner out at another', async () => {
    await expect(guess('10.0.0.1', 'owner', 'correct horse battery')).resolves.toMatchObject({ username: 'owner' });
    for (let i = 0; i < 5; i++) await expect(guess('66.6.6.6', 'owner')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(guess('66.6.6.6', 'owner', 'correct horse battery')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(guess('10.0.0.1', 'owner', 'correct horse battery')).resolves.toMatchObject({ username: 'owner' });
  });

  it('keeps the owner in when guesses come from many addresses', async () => {
    await guess('10.0.0.2', 'spread', 'correct horse battery');
    for (let i = 0; i < 10; i++) await expect(guess(`203.0.113.${i}`, 'spread')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // The account now waits for unknown addresses, but not at the owner's own.
    await expect(guess('203.0.113.200', 'spread', 'correct horse battery')).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(guess('10.0.0.2', 'spread', 'correct horse battery')).resolves.toMatchObject({ username: 'spread' });
  });

  it('does not lock out everyone behind one shared address after a few failures', async () => {
    for (let i = 0; i < 5; i++) await expect(guess('192.0.2.50', 'owner')).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(guess('192.0.2.50', 'colleague', 'correct horse battery')).resolves.toMatchObject({ username: 'colleague' });
  });

  it('grows the delay with each failure past the free ones, and lets the owner in once it has passed', async () => {
    const t = (seconds: number) => new Date(Date.parse('2026-11-22T09:00:00.000Z') + seconds * 1000).toISOString();
    for (let i = 0; i < 5; i++) await expect(guess('198.51.100.1', 'slow', 'wrong', t(0))).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(guess('198.51.100.1', 'slow', 'wrong', t(10))).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(guess('198.51.100.1', 'slow', 'wrong', t(16))).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
    // Sixth failure: thirty seconds now.
    await expect(guess('198.51.100.1', 'slow', 'correct horse battery', t(40))).rejects.toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    await expect(guess('198.51.100.1', 'slow', 'correct horse battery', t(47))).resolves.toMatchObject({ username: 'slow' });
  });

  it('keeps no typed username or address in the clear, and purges what is old', () => {
    const rows = db.select().from(schema.signInThrottle).all();
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows)).not.toMatch(/owner|66\.6\.6\.6/);
    expect(purgeSignInThrottle(db, new Date('2026-11-23T12:00:00Z'))).toBeGreaterThan(0);
    const left = db.select().from(schema.signInThrottle).all();
    expect(left.every((r) => r.failures === 0)).toBe(true);
    purgeSignInThrottle(db, new Date('2027-06-01T00:00:00Z'));
    expect(db.select().from(schema.signInThrottle).all()).toHaveLength(0);
  });
});
