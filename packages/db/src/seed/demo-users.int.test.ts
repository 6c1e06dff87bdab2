import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createTestDatabase } from '../testing';
import { users } from '../schema/index';
import { ensureDemoUsers } from './demo-users';
import { createUser, findUserById } from '../repositories/users';

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

  it('exempt only the demo admin and supervisors from two-factor sign-in, so the printed password opens the demo', async () => {
    const { db, cleanup } = createTestDatabase();
    try {
      const { ids } = await ensureDemoUsers(db, { now: new Date('2026-11-21T09:00:00Z'), hashPassword: async (pw) => `test$${pw}` });
      const exempt = db.select().from(users).all().filter((u) => u.twoFactorExempt).map((u) => u.username).sort();
      expect(exempt).toEqual(['admin', 'supervisor', 'supervisor2']);
      expect(findUserById(db, ids.get('supervisor')!)!.mustEnrolTwoFactor).toBeUndefined();
      // Any other supervisor must set it up.
      const other = createUser(db, { username: 'real.sup', displayName: 'Real', role: 'supervisor', locale: 'en', communeCodes: [], passwordHash: 'x' }, new Date('2026-11-21T09:00:00Z'));
      expect(findUserById(db, other.id)!.mustEnrolTwoFactor).toBe(true);
    } finally {
      cleanup();
    }
  });
});
