// Test fixtures for the case routers: demo geography, a staff team over three communes, and intake forms.
import { battambangDemoUnits, registerCase, upsertGeoUnits, type Db } from '@kruosar/db';
import type { CurrentUser } from '@kruosar/domain';
import { createCallerFactory } from '../trpc';
import { staffRouter } from '../portals/staff';
import { CaseRegisterInput } from '@kruosar/domain';
import { TEST_NOW, makeUser, testContext } from '../testing';

/** Rottanak and Ou Mal (city), Ta Pung (rural): three of the demo communes, with a village of each. */
export const ROTTANAK = '020303';
export const OU_MAL = '020307';
export const TA_PUNG = '020201';
export const villageIn = { [ROTTANAK]: '02030301', [OU_MAL]: '02030701', [TA_PUNG]: '02020101' } as const;

export type Team = {
  admin: CurrentUser;
  supervisor: CurrentUser;
  otherSupervisor: CurrentUser;
  caseworker: CurrentUser;
  colleague: CurrentUser;
  ruralCaseworker: CurrentUser;
  analyst: CurrentUser;
};

/**
 * The supervisor covers Rottanak and Ou Mal; another supervisor Ta Pung. The caseworker and a colleague work in
 * Rottanak and Ou Mal; a rural caseworker in Ta Pung.
 */
export function seedTeam(db: Db): Team {
  upsertGeoUnits(db, battambangDemoUnits());
  return {
    admin: makeUser(db, 'admin'),
    supervisor: makeUser(db, 'supervisor', [ROTTANAK, OU_MAL]),
    otherSupervisor: makeUser(db, 'supervisor', [TA_PUNG]),
    caseworker: makeUser(db, 'caseworker', [ROTTANAK, OU_MAL]),
    colleague: makeUser(db, 'caseworker', [ROTTANAK, OU_MAL]),
    ruralCaseworker: makeUser(db, 'caseworker', [TA_PUNG]),
    analyst: makeUser(db, 'analyst'),
  };
}

export const staffCaller = (db: Db, user: CurrentUser | null, now?: string) => createCallerFactory(staffRouter)(testContext(db, 'staff', user, now));

type ChildNames = { givenNameLatin: string; familyNameLatin: string; givenNameKm: string; familyNameKm: string };

/** An intake form as the staff portal sends it. */
export function intake(over: { names?: ChildNames; villageCode?: string; dateOfBirth?: string; sex?: 'female' | 'male'; riskLevel?: 'high' | 'medium' | 'low'; duplicatesReviewed?: boolean; assignedToId?: string | null } = {}) {
  const names = over.names ?? { givenNameLatin: 'Dara', familyNameLatin: 'Sok', givenNameKm: 'ដារា', familyNameKm: 'សុខ' };
  return CaseRegisterInput.parse({
    child: { ...names, sex: over.sex ?? 'male', dateOfBirth: over.dateOfBirth ?? '2014-03-05', schoolStatus: 'enrolled', birthRegistration: 'registered' },
    household: {
      villageCode: over.villageCode ?? villageIn[ROTTANAK],
      idPoor: 'level_2',
      incomeSources: ['farming'],
      members: [
        { nameKm: 'សុខ ស្រីមុំ', nameLatin: 'Sok Sreymom', sex: 'female', relationship: 'mother', isCaregiver: true, dateOfBirth: '1988-01-01' },
        { nameKm: 'សុខ វណ្ណា', nameLatin: 'Sok Vanna', sex: 'male', relationship: 'sibling' },
      ],
    },
    source: 'intake',
    riskLevel: over.riskLevel ?? 'medium',
    protectionConcerns: ['neglect'],
    summary: 'Lives with his mother; father migrated.',
    duplicatesReviewed: over.duplicatesReviewed ?? false,
    assignedToId: over.assignedToId ?? null,
  });
}

/** Names far apart in both scripts, for registrations that must not flag each other as duplicates. */
export const names = {
  dara: { givenNameLatin: 'Dara', familyNameLatin: 'Sok', givenNameKm: 'ដារា', familyNameKm: 'សុខ' },
  bopha: { givenNameLatin: 'Bopha', familyNameLatin: 'Keo', givenNameKm: 'បុប្ផា', familyNameKm: 'កែវ' },
  vichet: { givenNameLatin: 'Vichet', familyNameLatin: 'Lim', givenNameKm: 'វិចិត្រ', familyNameKm: 'លឹម' },
  thida: { givenNameLatin: 'Thida', familyNameLatin: 'Mao', givenNameKm: 'ធីតា', familyNameKm: 'ម៉ៅ' },
} satisfies Record<string, ChildNames>;

/** Register straight through the repository (no duplicate check): for tests that need many cases quickly. */
export function registerQuietly(db: Db, by: CurrentUser, input: CaseRegisterInput, now = new Date(TEST_NOW)) {
  return registerCase(db, { input, actorId: by.id, assignedTo: by.role === 'caseworker' ? by.id : input.assignedToId, now, portal: 'staff' });
}
