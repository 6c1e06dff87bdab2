import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../testing';
import { users } from '../schema/index';
import { ensureDemoUsers } from './demo-users';

describe('demo users', () => {
  it('hash each password on its own (its own salt), not one hash shared by all', async () => {
    const { db, cleanup } = createTestDatabase();
    try {
      // A stand-in for argon2id that, like it, salts every call.
      await ensureDemoUsers(db, { now: new Date('2026-11-21T09:00:00Z'), hashPassword: async (pw) => `${randomBytes(8).toString('hex')}$${pw}` });
      const hashes = db.select({ hash: users.passwordHash }).from(users).all().map((r) => r.hash);
      expect(hashes.length).toBeGreaterThan(5);
      expect(new Set(hashes).size).toBe(hashes.length);
    } finally {
      cleanup();
    }
  });
});
