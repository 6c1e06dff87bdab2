import { afterAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestDatabase } from '../testing/index';
import { createUser } from './users';
import { updateVersioned } from './versioned';
import { users } from '../schema/index';

describe('updateVersioned', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);
  const user = createUser(db, { username: 'vanna', displayName: 'Vanna', role: 'caseworker', locale: 'en', communeCodes: [], passwordHash: 'x' }, new Date());

  it('applies an update from the current version and bumps it', () => {
    expect(updateVersioned(db, { table: users, id: user.id, expectedVersion: 0, set: { displayName: 'Vanna S.' }, what: 'User' })).toBe(1);
    expect(db.select().from(users).where(eq(users.id, user.id)).get()).toMatchObject({ displayName: 'Vanna S.', version: 1 });
  });

  it('refuses a stale version with a clear conflict and keeps the first save', () => {
    expect(() => updateVersioned(db, { table: users, id: user.id, expectedVersion: 0, set: { displayName: 'Overwrite' }, what: 'User' })).toThrow(
      /changed by someone else since you opened it/,
    );
    expect(db.select().from(users).where(eq(users.id, user.id)).get()).toMatchObject({ displayName: 'Vanna S.', version: 1 });
  });

  it('says NOT_FOUND for a missing row', () => {
    expect(() => updateVersioned(db, { table: users, id: 'nope', expectedVersion: 0, set: {}, what: 'User' })).toThrow(/User not found/);
  });
});
