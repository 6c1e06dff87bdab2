import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing/index';
import { inTransaction } from '../client';
import { upsertGeoUnits } from '../repositories/geography';
import { findCommittee, readCommitteeIssuesBoard } from '../repositories/committees';
import { battambangDemoUnits, demoCommuneCodes } from './battambang';
import { ensureDemoUsers } from './demo-users';
import { seedDemoCommittees } from './demo-committees';

const now = new Date('2026-06-15T03:00:00.000Z');

describe('seedDemoCommittees', () => {
  const { db, cleanup } = createTestDatabase();
  afterAll(cleanup);

  it("gives the hive volunteer's commune a children's and a parents' committee with a meeting and issues, once", async () => {
    inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
    const { ids } = await ensureDemoUsers(db, { now, hashPassword: async (pw) => `test$${pw}` });
    expect(seedDemoCommittees(db, { now, userIds: ids })).toBe(4);
    expect(seedDemoCommittees(db, { now, userIds: ids })).toBe(0);

    const board = readCommitteeIssuesBoard(db, { communeCodes: [demoCommuneCodes[0]] });
    const [children, parents] = board.communes[0]!.committees;
    expect(children).toMatchObject({ kind: 'children', name: "Children's committee (demo)", openIssues: 2 });
    expect(parents).toMatchObject({ kind: 'parents', openIssues: 1 });

    const supervisor = { id: ids.get('supervisor')!, role: 'supervisor' as const, communeCodes: [...demoCommuneCodes] };
    const page = findCommittee(db, { actor: supervisor, portal: 'staff', now }, children!.id);
    expect(page.members).toHaveLength(6);
    expect(page.members.every((m) => m.isChild && m.consentOn !== null && m.name!.endsWith('(demo)'))).toBe(true);
    expect(page.issues.map((i) => i.status).sort()).toEqual(['answered', 'done', 'raised']);
  });
});
