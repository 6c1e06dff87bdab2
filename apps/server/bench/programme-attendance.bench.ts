// Attendance for a 40-child centre session saved over HTTP in one request, under 200 ms (issue 15). The real server
// (buildServer) on the demo data at 20,000 cases, signed in as the demo caseworker over HTTP like a tablet; each
// save swaps half the list (20 children off, 20 on) and registers one newcomer, so every save really writes.
import type { AddressInfo } from 'node:net';
import { hashPassword } from '@kruosar/api';
import { buildServer } from '../src/app';
import { ServerConfig } from '../src/config';
import { defineBench } from './registry';
import { staffCallerFor } from './staff-caller';

const CASES = 20_000;
const CHILDREN = 40;
const TARGET_MS = 200;
const PASSWORD = 'bench-attendance-password';

export default defineBench({
  name: 'programme-attendance',
  description: `a ${CHILDREN}-child session's attendance saved in one POST over HTTP, demo data at ${CASES.toLocaleString('en')} cases`,
  async run({ demoDatabase, measure, log, runs }) {
    const { db, file, now } = await demoDatabase(CASES);
    // The seeded accounts carry no usable password: give the caseworker one, to sign in over HTTP as a tablet does.
    db.$client.prepare("update users set password_hash = ?, must_change_password = 0 where username = 'caseworker'").run(await hashPassword(PASSWORD));
    const site = db.$client.prepare("select id from programme_sites where kind = 'centre' order by name limit 1").pluck().get() as string | undefined;
    if (!site) throw new Error('The demo has no programme centre: is the demo seed up to date?');
    const regulars = db.$client
      .prepare('select a.participant_id from session_attendance a join programme_sessions s on s.id = a.session_id where s.site_id = ? group by a.participant_id order by count(*) desc, a.participant_id limit 60')
      .pluck()
      .all(site) as string[];
    if (regulars.length < CHILDREN + CHILDREN / 2) throw new Error(`The demo centre has ${regulars.length} children; the bench needs ${CHILDREN + CHILDREN / 2}`);
    const village = db.$client.prepare('select village_code from programme_sites where id = ?').pluck().get(site) as string;
    const lists = [regulars.slice(0, CHILDREN), regulars.slice(CHILDREN / 2, CHILDREN / 2 + CHILDREN)];
    const caseworker = staffCallerFor(db, 'caseworker', now).call;
    const session = await caseworker.programmes.createSession({ siteId: site, heldOn: now.toISOString().slice(0, 10), activity: 'Bench: homework club and lunch' });

    const app = await buildServer(ServerConfig.parse({ dbPath: file, logLevel: 'error' }), db);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const signIn = await fetch(`${url}/api/staff/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'caseworker', password: PASSWORD }) });
      const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
      if (!signIn.ok || !cookie) throw new Error(`Signing in failed: HTTP ${signIn.status} ${await signIn.text()}`);
      let version = session.version;
      const post = async (procedure: string, input: unknown) => {
        const response = await fetch(`${url}/api/staff/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(input) });
        const body = (await response.json()) as { result?: { data: unknown }; error?: unknown };
        if (!response.ok || !body.result) throw new Error(`${procedure}: HTTP ${response.status} ${JSON.stringify(body.error)}`);
        return body.result.data;
      };
      const save = async (i: number) => {
        const newcomer = {
          givenNameKm: 'ថ្មី', familyNameKm: 'ក', givenNameLatin: `Newcomer ${i} (demo)`, familyNameLatin: 'Bench', sex: i % 2 ? 'male' : 'female', birthYear: 2015,
          villageCode: village, guardianName: '', guardianPhone: '', consent: true, duplicatesReviewed: true,
        };
        const saved = (await post('programmes.saveAttendance', { sessionId: session.id, expectedVersion: version, participantIds: lists[i % 2], newcomers: [newcomer], mealsServed: CHILDREN + 1 })) as { session: { version: number; attended: number }; added: number; removed: number };
        version = saved.session.version;
        if (saved.session.attended !== CHILDREN + 1) throw new Error(`Expected ${CHILDREN + 1} children on the list, got ${saved.session.attended}`);
        return saved;
      };
      const first = await save(0);
      log(`  first save: ${first.added} added, ${first.removed} removed; then each save takes 20 off, 20 on and one newcomer`);
      await measure(`save attendance: ${CHILDREN} ticked + 1 newcomer, one POST (HTTP, signed-in caseworker)`, (i) => save(i + 1), { runs: Math.min(runs, 200), targetMs: TARGET_MS });
      const attendance = (await post('programmes.saveAttendance', { sessionId: session.id, expectedVersion: version, participantIds: lists[0], newcomers: [] })) as { session: { attended: number } };
      log(`  last save leaves ${attendance.session.attended} children on the list`);
    } finally {
      await app.close();
    }
  },
});
