// Demo programmes: a community centre with weekly sessions and meals, a mobile clinic visiting two villages monthly,
// and a counselling group not started yet; synthetic children registered lightly, who come most weeks.
import { addDays, cambodiaToday } from '@kruosar/domain';
import { sql } from 'drizzle-orm';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { childSearchText } from '../repositories/cases';
import { listChildUnits } from '../repositories/geography';
import { participants, programmes, programmeSessions, programmeSites, sessionAttendance } from '../schema/index';
import { demoCommuneCodes } from './battambang';
import { DEMO_MARK, familyNames, givenNameFor } from './demo-names';
import { createRandom } from './random';

const PROGRAMMES_SEED = 1515;
const CENTRE_CHILDREN = 60;
const CLINIC_CHILDREN = 30;
const CENTRE_WEEKS = 10;
const CLINIC_MONTHS = 4;

type Participant = typeof participants.$inferInsert;

/** The demo programmes once: a database that has programmes already is left as it is. Returns the sessions made. */
export function seedDemoProgrammes(db: Db, params: { now: Date; userIds: Map<string, string> }): number {
  return inTransaction(db, (tx) => {
    if ((tx.get<{ n: number }>(sql`select count(*) as n from programmes`)?.n ?? 0) > 0) return 0;
    const random = createRandom(PROGRAMMES_SEED);
    const at = params.now.toISOString();
    const today = cambodiaToday(params.now);
    const caseworker = params.userIds.get('caseworker')!;
    const supervisor = params.userIds.get('supervisor')!;
    const [centreCommune, clinicCommune] = [demoCommuneCodes[0], demoCommuneCodes[1]];
    const centreVillages = listChildUnits(tx, centreCommune).filter((u) => u.level === 'village').map((u) => u.code);
    const clinicVillages = listChildUnits(tx, clinicCommune).filter((u) => u.level === 'village').map((u) => u.code);

    const centre = { id: random.uuid(), kind: 'community_centre', name: 'Rottanak community centre (demo)', description: 'Meals, homework club and health checks after school' };
    const clinic = { id: random.uuid(), kind: 'mobile_clinic', name: 'Mobile clinic (demo)', description: 'Monthly outreach days for children and pregnant women' };
    const counselling = { id: random.uuid(), kind: 'counselling_group', name: 'Parents counselling group (demo)', description: '' };
    tx.insert(programmes).values([centre, clinic, counselling].map((p) => ({ ...p, createdById: supervisor, createdAt: at, updatedAt: at }))).run();

    const centreSite = { id: random.uuid(), programmeId: centre.id, kind: 'centre', name: 'Rottanak centre (demo)', villageCode: centreVillages[0]!, communeCode: centreCommune };
    const clinicSites = clinicVillages.slice(0, 2).map((v, i) => ({ id: random.uuid(), programmeId: clinic.id, kind: 'village', name: `Outreach day ${i + 1} (demo)`, villageCode: v, communeCode: clinicCommune }));
    tx.insert(programmeSites).values([centreSite, ...clinicSites].map((s) => ({ ...s, createdAt: at, updatedAt: at }))).run();

    let serial = 0;
    const child = (villageCode: string, communeCode: string): Participant => {
      const sex = random.chance(0.5) ? 'female' : 'male';
      const [familyNameKm, familyName] = random.pick(familyNames);
      const [givenNameKm, givenName] = givenNameFor(random, sex);
      const names = { givenNameKm, familyNameKm, givenNameLatin: `${givenName}${DEMO_MARK}`, familyNameLatin: familyName };
      serial += 1;
      return {
        id: random.uuid(), serial, ...names, searchText: childSearchText(names), sex, birthYear: Number(today.slice(0, 4)) - random.int(4, 15),
        villageCode, communeCode, guardianName: '', guardianPhone: '', consentOn: addDays(today, -CENTRE_WEEKS * 7 - 7), childId: null, createdById: caseworker, createdAt: at, updatedAt: at,
      };
    };
    const centreChildren = Array.from({ length: CENTRE_CHILDREN }, () => child(random.pick(centreVillages), centreCommune));
    const clinicChildren = Array.from({ length: CLINIC_CHILDREN }, (_, i) => child(clinicSites[i % clinicSites.length]!.villageCode, clinicCommune));
    tx.insert(participants).values([...centreChildren, ...clinicChildren]).run();

    const sessions: (typeof programmeSessions.$inferInsert)[] = [];
    const attendance: (typeof sessionAttendance.$inferInsert)[] = [];
    const held = (programmeId: string, siteId: string, heldOn: string, activity: string, who: Participant[], meals: boolean) => {
      const id = random.uuid();
      sessions.push({ id, programmeId, siteId, heldOn, activity, staffId: caseworker, mealsServed: meals ? who.length + random.int(0, 4) : null, createdById: caseworker, createdAt: at, updatedAt: at });
      for (const p of who) attendance.push({ sessionId: id, participantId: p.id!, recordedById: caseworker, recordedAt: at });
    };
    for (let week = CENTRE_WEEKS; week >= 1; week--) {
      held(centre.id, centreSite.id, addDays(today, -7 * week), random.pick(['Homework club and lunch', 'Reading and games', 'Health check and lunch']), random.sample(centreChildren, random.int(30, 45)), true);
    }
    for (let month = CLINIC_MONTHS; month >= 1; month--) {
      clinicSites.forEach((site) => {
        const here = clinicChildren.filter((p) => p.villageCode === site.villageCode);
        held(clinic.id, site.id, addDays(today, -30 * month), 'Growth check and vaccination', random.sample(here, random.int(Math.max(1, here.length - 5), here.length)), false);
      });
    }
    tx.insert(programmeSessions).values(sessions).run();
    tx.insert(sessionAttendance).values(attendance).run();
    return sessions.length;
  });
}
