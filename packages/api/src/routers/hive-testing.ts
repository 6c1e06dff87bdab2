// Shared set-up for the hive router tests: demo geography, people in two communes, needs and cases to triage.
import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { battambangDemoUnits, inTransaction, listChildUnits, registerCase, upsertGeoUnits, type Db } from '@kruosar/db';
import { CaseIntakeInput, type CurrentUser, type HiveNeedInput } from '@kruosar/domain';
import { errorData } from '../errors';
import { hiveRouter, staffRouter } from '../index';
import { createCallerFactory } from '../trpc';
import { TEST_NOW, testContext } from '../testing';

/** Rottanak, where the tests' hive is, and Roka, a commune nobody in it covers. */
export const HOME = '020303';
export const OTHER = '020804';

export function seedGeography(db: Db): { homeVillages: string[]; otherVillages: string[] } {
  inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
  const villages = (commune: string) => listChildUnits(db, commune).filter((u) => u.level === 'village').map((u) => u.code);
  return { homeVillages: villages(HOME), otherVillages: villages(OTHER) };
}

export const hiveCaller = (db: Db, user: CurrentUser, now = TEST_NOW) => createCallerFactory(hiveRouter)(testContext(db, 'hive', user, now));
export const staffCaller = (db: Db, user: CurrentUser, now = TEST_NOW) => createCallerFactory(staffRouter)(testContext(db, 'staff', user, now));

export function needInput(villageCode: string, over: Partial<HiveNeedInput> = {}): HiveNeedInput {
  return {
    id: randomUUID(),
    villageCode,
    category: 'food',
    urgency: 'soon',
    description: 'A grandmother caring for three grandchildren has no rice',
    contactName: '',
    contactPhone: '',
    consentToContact: false,
    reportedAt: '2026-11-20T08:00:00.000Z',
    ...over,
  };
}

/** The tRPC code and the error data a portal would get (messageKey, field, fieldErrors), or a failed test. */
export async function failureOf(call: Promise<unknown>): Promise<{ code: string; messageKey: string; field: string | null; fieldErrors: Record<string, string> | null }> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    return { code: error.code, ...errorData(error) };
  }
  throw new Error('Expected the call to fail, but it succeeded');
}

/** A case registered by (and assigned to) `caseworker` in a village. */
export function registerTestCase(db: Db, caseworker: CurrentUser, villageCode: string): string {
  const input = CaseIntakeInput.parse({
    child: { givenNameKm: 'ដារ៉ា', familyNameKm: 'សុខ', givenNameLatin: 'Dara', familyNameLatin: 'Sok', sex: 'male', dateOfBirth: '2016-04-01', schoolStatus: 'enrolled', birthRegistration: 'registered' },
    household: { villageCode, idPoor: 'level_1' },
    source: 'hive_need',
    riskLevel: 'high',
  });
  return registerCase(db, { input, actorId: caseworker.id, assignedTo: caseworker.id, now: new Date(TEST_NOW), portal: 'staff' }).caseId;
}
