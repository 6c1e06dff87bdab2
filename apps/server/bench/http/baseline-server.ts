// The baseline for the HTTP bench: the same reads as plain SQL behind node:http and better-sqlite3 (the same
// encrypting build and key as the server, from KRUOSAR_DB_KEY), with no tRPC,
// sessions, access policy, audit or output validation. What the bench prints as "x baseline" is our layers' cost.
//   node --import tsx baseline-server.ts <db file> <port>
import type Database from 'better-sqlite3-multiple-ciphers';
import { deriveKeys, openSqlite, parseSecret } from '@kruosar/db';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';

const [file, port] = process.argv.slice(2);
if (!file || !port) throw new Error('usage: baseline-server.ts <db file> <port>');
const db = openSqlite(file, deriveKeys(parseSecret(process.env.KRUOSAR_DB_KEY ?? '', 'KRUOSAR_DB_KEY')));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');

const userId = (username: string) => (db.prepare('select id from users where username = ?').pluck().get(username) as string);
const communesOf = (username: string) => JSON.stringify(db.prepare('select commune_code from user_communes where user_id = ?').pluck().all(userId(username)));
const caseworker = userId('caseworker');
const supervisorCommunes = communesOf('supervisor');
const hive = userId('hive');

const statements = {
  caseRow: db.prepare(`select c.*, h.village_code, cm.name_latin commune_name, v.name_latin village_name, a.display_name assignee, r.display_name registrar
    from cases c join households h on h.id = c.household_id left join geo_units cm on cm.code = c.commune_code left join geo_units v on v.code = h.village_code
    left join users a on a.id = c.assigned_to left join users r on r.id = c.registered_by where c.id = ?`),
  child: db.prepare('select * from children where id = ?'),
  household: db.prepare('select * from households where id = ?'),
  members: db.prepare('select * from household_members where household_id = ? and archived_at is null order by position'),
  timeline: db.prepare(`select a.seq, a.at, a.action, a.entity, a.entity_id, a.actor_id, u.display_name, a.detail from audit_log a left join users u on u.id = a.actor_id
    where a.case_id = ? order by a.seq desc limit 50`),
  caseload: db.prepare(`select c.id, c.reference, ch.given_name_latin, ch.family_name_latin, ch.given_name_km, ch.family_name_km, c.status, c.stage, c.risk_level,
    c.commune_code, g.name_latin, c.registered_at, c.first_contact_due_at, c.first_contact_at, c.version
    from cases c join children ch on ch.id = c.child_id left join geo_units g on g.code = c.commune_code
    where c.archived_at is null and (+c.assigned_to = ? or +c.registered_by = ?) order by c.registered_at desc, c.id desc limit 25`),
  caseloadFiltered: db.prepare(`select c.id, c.reference, ch.given_name_latin, ch.family_name_latin, c.status, c.stage, c.risk_level, c.registered_at
    from cases c join children ch on ch.id = c.child_id
    where c.archived_at is null and +c.commune_code in (select value from json_each(?)) and c.risk_level = ? and c.status = 'open'
    order by c.registered_at desc, c.id desc limit 25`),
  dashboardGrid: db.prepare(`select stage, risk_level, count(*) n from cases where status = 'open' and archived_at is null and commune_code in (select value from json_each(?)) group by stage, risk_level`),
  dashboardOverdue: db.prepare(`select count(*) from cases where status = 'open' and archived_at is null and first_contact_at is null and first_contact_due_at < ? and +commune_code in (select value from json_each(?))`),
  triage: db.prepare(`select * from hive_needs where commune_code in (select value from json_each(?)) and status in ('received', 'in_review') order by triage_priority, id limit 25`),
  approvals: db.prepare(`select a.id, a.case_id, a.submitted_at, c.reference from assessments a join cases c on c.id = a.case_id
    where a.approval_state = 'submitted' and a.archived_at is null and c.commune_code in (select value from json_each(?)) order by a.submitted_at limit 25`),
  impact: db.prepare(`select * from impact_snapshots where status = 'published' order by published_at desc limit 1`),
  need: db.prepare(`insert into hive_needs (id, volunteer_id, commune_code, village_code, category, urgency, description, consent_to_contact, content_hash, status, reported_at, received_at, triage_priority)
    values (?, ?, ?, ?, 'food', 'normal', 'Family needs rice (demo)', 1, 'x', 'received', ?, ?, 5)`),
};
// Prepared on first use: the FTS5 table comes with a migration a database may not have yet.
let searchStatement: Database.Statement | undefined;
const searchSql = `with found as (select rowid, rank from children_search where children_search match ? order by rank limit 500)
    select c.id, c.reference, ch.given_name_latin, ch.family_name_latin, ch.given_name_km, ch.family_name_km
    from found join children ch on ch.rowid = found.rowid join cases c on c.child_id = ch.id
    where c.archived_at is null and c.commune_code in (select value from json_each(?)) order by found.rank limit 25`;
const hiveVillage = db.prepare(`select v.code, v.parent_code from geo_units v where v.level = 'village' and v.parent_code in (select value from json_each(?)) limit 1`).get(communesOf('hive')) as { code: string; parent_code: string };

const routes: Record<string, (params: URLSearchParams, req: IncomingMessage) => unknown> = {
  '/case': (p) => {
    const c = statements.caseRow.get(p.get('id')) as { child_id: string; household_id: string } | undefined;
    if (!c) return null;
    return [{ case: c, child: statements.child.get(c.child_id), household: { ...(statements.household.get(c.household_id) as object), members: statements.members.all(c.household_id) } }, statements.timeline.all(p.get('id'))];
  },
  '/caseload': () => statements.caseload.all(caseworker, caseworker),
  '/caseload-filtered': (p) => statements.caseloadFiltered.all(supervisorCommunes, p.get('risk') ?? 'high'),
  '/search': (p) => (searchStatement ??= db.prepare(searchSql)).all(p.get('q'), supervisorCommunes),
  '/dashboard': () => ({ grid: statements.dashboardGrid.all(supervisorCommunes), overdue: statements.dashboardOverdue.pluck().get(new Date().toISOString(), supervisorCommunes) }),
  '/triage': () => statements.triage.all(supervisorCommunes),
  '/approvals': () => statements.approvals.all(supervisorCommunes),
  '/impact': () => statements.impact.get() ?? null,
  '/need': () => {
    const now = new Date().toISOString();
    statements.need.run(randomUUID(), hive, hiveVillage.parent_code, hiveVillage.code, now, now);
    return { ok: true };
  },
};

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const route = routes[url.pathname];
  const send = () => {
    try {
      const body = route ? JSON.stringify(route(url.searchParams, req)) : '{"error":"not found"}';
      res.writeHead(route ? 200 : 404, { 'content-type': 'application/json' }).end(body);
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  };
  // A POST's body is read (and dropped) before answering, as a real handler would.
  if (req.method === 'POST') req.resume().on('end', send);
  else send();
}).listen(Number(port), '127.0.0.1', () => console.log(`baseline listening on ${port}`));
