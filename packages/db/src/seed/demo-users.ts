// The demo accounts: one per role (two where the workflow needs a second person), all with one known password.
import { eq } from 'drizzle-orm';
import { twoFactorRequired, type Locale, type Role } from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { users } from '../schema/index';
import { createUser } from '../repositories/users';
import { demoCommuneCodes } from './battambang';

export const DEMO_PASSWORD = 'kruosar-demo';

type DemoUser = { username: string; displayName: string; role: Role; locale: Locale; communeCodes: string[]; safeguardingLead?: boolean };

const [c1, c2, c3, c4, c5, c6] = demoCommuneCodes;
/** Communes each caseworker covers; a case goes to the caseworker of its commune. */
export const caseworkerCommunes = { caseworker: [c1, c2, c3], caseworker2: [c4, c5, c6] } as const;

/** Invented names built from common Khmer names; "(demo)" marks them as synthetic. */
export const demoUsers: readonly DemoUser[] = [
  { username: 'admin', displayName: 'Keo Bopha (demo)', role: 'admin', locale: 'en', communeCodes: [] },
  { username: 'supervisor', displayName: 'Chan Sopheap (demo)', role: 'supervisor', locale: 'en', communeCodes: [...demoCommuneCodes] },
  // A second supervisor so an approval can come from someone other than the person who asked for it; also the
  // safeguarding lead, who alone receives complaints about staff.
  { username: 'supervisor2', displayName: 'Heng Rathana (demo)', role: 'supervisor', locale: 'km', communeCodes: [c1, c2, c3], safeguardingLead: true },
  { username: 'caseworker', displayName: 'Sok Dalin (demo)', role: 'caseworker', locale: 'km', communeCodes: [...caseworkerCommunes.caseworker] },
  { username: 'caseworker2', displayName: 'Ly Vichet (demo)', role: 'caseworker', locale: 'en', communeCodes: [...caseworkerCommunes.caseworker2] },
  { username: 'analyst', displayName: 'Kim Sreymom (demo)', role: 'analyst', locale: 'en', communeCodes: [] },
  { username: 'hive', displayName: 'Mao Sokha (demo)', role: 'hive_volunteer', locale: 'km', communeCodes: [c1] },
  { username: 'hive2', displayName: 'Nuon Samnang (demo)', role: 'hive_volunteer', locale: 'km', communeCodes: [c2] },
  { username: 'donor', displayName: 'Alex Morgan (demo)', role: 'donor', locale: 'en', communeCodes: [] },
  { username: 'volunteer', displayName: 'Tep Chenda (demo)', role: 'volunteer', locale: 'en', communeCodes: [] },
];

export type DemoUserSummary = { username: string; role: Role; password: string; created: boolean };

/**
 * Create the demo users that are missing; leave existing ones untouched (their password may have been changed).
 * Each user's password is hashed on its own: one shared hash would mean one shared salt, and cracking one
 * demo account would crack them all.
 */
export async function ensureDemoUsers(
  db: Db,
  params: { now: Date; hashPassword: (password: string) => Promise<string> },
): Promise<{ ids: Map<string, string>; summary: DemoUserSummary[] }> {
  const existingId = (username: string) => db.select({ id: users.id }).from(users).where(eq(users.username, username)).get()?.id;
  const missing = demoUsers.filter((u) => existingId(u.username) === undefined);
  const passwordHashes = await Promise.all(missing.map(() => params.hashPassword(DEMO_PASSWORD)));
  inTransaction(db, (tx) => {
    // Demo accounts only: the demo's admin and supervisors sign in with the printed password alone.
    missing.forEach((user, i) => {
      const { safeguardingLead, ...fields } = user;
      const created = createUser(tx, { ...fields, passwordHash: passwordHashes[i]!, twoFactorExempt: twoFactorRequired(user.role) }, params.now);
      if (safeguardingLead) tx.update(users).set({ safeguardingLead: true }).where(eq(users.id, created.id)).run();
    });
  });
  const ids = new Map<string, string>();
  for (const user of demoUsers) ids.set(user.username, existingId(user.username)!);
  const summary = demoUsers.map((u) => ({ username: u.username, role: u.role, password: DEMO_PASSWORD, created: missing.includes(u) }));
  return { ids, summary };
}
