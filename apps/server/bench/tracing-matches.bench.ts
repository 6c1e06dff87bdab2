// Family tracing matches over 100,000 known people must answer in under 1 s (issue 11), over HTTP: the real
// server on a loopback port, a signed-in supervisor, `tracing.matches` for a child whose remembered mother shares
// her family name with thousands of people. The people are household members and hive needs' contacts written
// straight into a fresh database (as the triggers see any write), then indexed once, as the first search would.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashPassword } from '@kruosar/api';
import { battambangDemoUnits, closeDatabase, createUser, inTransaction, openDatabase, refreshTracingIndex, registerCase, upsertGeoUnits } from '@kruosar/db';
import { CaseIntakeInput } from '@kruosar/domain';
import { buildServer } from '../src/app';
import { ServerConfig } from '../src/config';
import { BENCH_NOW } from './demo-database';
import { defineBench } from './registry';

const PEOPLE = 100_000;
const PER_HOUSEHOLD = 4;

const families: [string, string][] = [
  ['សុខ', 'Sok'], ['ចាន់', 'Chan'], ['គីម', 'Kim'], ['លី', 'Ly'], ['ហេង', 'Heng'], ['ម៉ៅ', 'Mao'], ['ទេព', 'Tep'], ['ឈុន', 'Chhun'],
  ['សេង', 'Seng'], ['ខៀវ', 'Khiev'], ['ឡុង', 'Long'], ['ជា', 'Chea'], ['មាស', 'Meas'], ['ហុង', 'Hong'], ['សួន', 'Suon'], ['ទូច', 'Touch'],
];
const givens: [string, string][] = [
  ['ដារា', 'Dara'], ['សុភា', 'Sophea'], ['វណ្ណា', 'Vanna'], ['ធីតា', 'Thida'], ['ពិសី', 'Pisey'], ['សំណាង', 'Samnang'], ['បុប្ផា', 'Bopha'],
  ['ផល្លា', 'Phalla'], ['ម៉ាលី', 'Maly'], ['កុសល', 'Kosal'], ['ចិន្តា', 'Chenda'], ['រតនា', 'Ratana'], ['វិចិត្រ', 'Vichet'], ['ណារ៉ា', 'Nara'],
  ['សុផល', 'Sophal'], ['ចន្ថា', 'Chantha'], ['ធារី', 'Theary'], ['វិសាល', 'Visal'], ['ស្រីពៅ', 'Sreypov'], ['ភក្តី', 'Pheakdey'],
];
const relationships = ['mother', 'father', 'grandmother', 'sibling'] as const;

export default defineBench({
  name: 'tracing-matches',
  description: `tracing matches over ${PEOPLE.toLocaleString('en')} household members and hive contacts, over HTTP`,
  async run({ measure, log }) {
    const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-tracing-bench-'));
    const file = path.join(dir, 'tracing.db');
    const db = openDatabase(file);
    try {
      inTransaction(db, (tx) => upsertGeoUnits(tx, battambangDemoUnits()));
      const villages = (db.$client.prepare("select code from geo_units where level = 'village' order by code").pluck().all() as string[]);
      const communes = [...new Set(villages.map((v) => v.slice(0, 6)))];
      const supervisor = createUser(db, { username: 'bench-supervisor', displayName: 'Bench supervisor', role: 'supervisor', locale: 'en', communeCodes: communes, passwordHash: await hashPassword('bench password long') }, BENCH_NOW);

      const started = Date.now();
      const at = BENCH_NOW.toISOString();
      const insertHousehold = db.$client.prepare("insert into households (id, village_code, commune_code, id_poor, income_sources, created_at, updated_at) values (?, ?, ?, 'not_assessed', '[]', ?, ?)");
      const insertMember = db.$client.prepare('insert into household_members (id, household_id, name_km, name_latin, sex, date_of_birth, relationship, position) values (?, ?, ?, ?, ?, ?, ?, ?)');
      db.$client.transaction(() => {
        for (let h = 0; h < PEOPLE / PER_HOUSEHOLD; h++) {
          const householdId = randomUUID();
          const village = villages[(h * 7919) % villages.length]!;
          insertHousehold.run(householdId, village, village.slice(0, 6), at, at);
          for (let m = 0; m < PER_HOUSEHOLD; m++) {
            const n = h * PER_HOUSEHOLD + m;
            const family = families[(h * 31) % families.length]!;
            const given = givens[(n * 13 + m) % givens.length]!;
            // Half the records carry both scripts, a quarter only Khmer, a quarter only Latin.
            const km = n % 4 === 3 ? '' : `${family[0]} ${given[0]}`;
            const latin = n % 4 === 2 ? '' : `${family[1]} ${given[1]}`;
            const year = 1950 + ((n * 37) % 60);
            insertMember.run(randomUUID(), householdId, km || `${family[0]}`, latin, m % 2 === 0 ? 'female' : 'male', `${year}-06-15`, relationships[m]!, m);
          }
        }
      })();
      log(`  ${PEOPLE.toLocaleString('en')} people written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      const indexing = Date.now();
      const indexed = refreshTracingIndex(db);
      const keys = db.$client.prepare('select count(*) from tracing_name_keys').pluck().get() as number;
      log(`  ${indexed.toLocaleString('en')} queued rows indexed under ${keys.toLocaleString('en')} name keys in ${((Date.now() - indexing) / 1000).toFixed(1)} s`);

      // The child being traced remembers "Sokh Darah" (mother), "Chan" something (father) and a sister.
      const input = CaseIntakeInput.parse({
        child: { givenNameKm: 'ស្រីនាង', familyNameKm: 'ចាន់', givenNameLatin: 'Sreyneang', familyNameLatin: 'Chan', sex: 'female', dateOfBirth: '2014-06-01', schoolStatus: 'enrolled', birthRegistration: 'registered' },
        household: { villageCode: villages[0]!, idPoor: 'level_2' },
        source: 'intake',
        riskLevel: 'medium',
      });
      const { caseId } = registerCase(db, { input, actorId: supervisor.id, assignedTo: null, now: BENCH_NOW, portal: 'staff' });

      const app = await buildServer(ServerConfig.parse({ dbPath: file, logLevel: 'error' }), db);
      await app.listen({ port: 0, host: '127.0.0.1' });
      const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}/api/staff`;
      try {
        const signIn = await fetch(`${base}/auth.signIn`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench-supervisor', password: 'bench password long' }) });
        const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
        const post = async (procedure: string, body: unknown) => {
          const res = await fetch(`${base}/${procedure}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
          if (!res.ok) throw new Error(`${procedure}: HTTP ${res.status} ${await res.text()}`);
          return ((await res.json()) as { result: { data: unknown } }).result.data;
        };
        const request = (await post('tracing.open', {
          caseId,
          openedOn: '2026-11-01',
          childAccount: 'My mother is Dara. My father is called Chan. My big sister is Sophea.',
          people: [{ relation: 'mother', name: 'Sokh Darah' }, { relation: 'father', name: 'ចាន់ វណ្ណា' }, { relation: 'sibling', name: 'Sophea Chann' }],
          placeCode: villages[3]!.slice(0, 6),
        })) as { id: string };
        const query = `${base}/tracing.matches?input=${encodeURIComponent(JSON.stringify({ tracingRequestId: request.id }))}`;
        const get = async () => {
          const res = await fetch(query, { headers: { cookie } });
          if (!res.ok) throw new Error(`tracing.matches: HTTP ${res.status} ${await res.text()}`);
          return ((await res.json()) as { result: { data: unknown[] } }).result.data;
        };
        log(`  ${(await get()).length} matches shown for 3 remembered people`);
        await measure(`tracing.matches over HTTP, ${PEOPLE.toLocaleString('en')} people`, get, { runs: 30, warmup: 3, targetMs: 1000 });
      } finally {
        await app.close();
      }
    } finally {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
