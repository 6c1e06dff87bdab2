// What the HTTP bench asks for: each staff, public and hive request the issue names, on our server and the baseline,
// with its targets at 32 connections. Inputs rotate over real ids and names so no answer is a cached one.
import { randomUUID } from 'node:crypto';
import { openSqlite, type InstallationKeys } from '@kruosar/db';

export type Target = { minRps?: number; maxP99Ms?: number; /** Reads: our req/s at least 1/5 of the baseline's. */ maxRatio?: number };
export type Call = { method: 'GET' | 'POST'; path: (i: number) => string; body?: (i: number) => string; as?: Account };
export type Account = 'caseworker' | 'supervisor' | 'hive';
export type Scenario = { name: string; target: Target; ours: Call; baseline: Call };

export type Fixtures = { caseIds: string[]; names: string[]; hiveVillage: string };

/** Real ids and names from the seeded database, read before the servers start. */
export function readFixtures(file: string, keys: InstallationKeys): Fixtures {
  const db = openSqlite(file, keys, { readonly: true });
  try {
    const caseworker = db.prepare("select id from users where username = 'caseworker'").pluck().get() as string;
    const caseIds = db.prepare('select id from cases where assigned_to = ? and archived_at is null order by random() limit 500').pluck().all(caseworker) as string[];
    const people = db.prepare('select family_name_latin f, given_name_latin g, family_name_km fk, given_name_km gk from children order by random() limit 200').all() as { f: string; g: string; fk: string; gk: string }[];
    // Half in Latin, given name first ("Dara Sok" finds Sok Dara); half in Khmer with the space ("ហេង រតនា").
    const names = people.map((p, i) => (i % 2 === 0 ? `${p.g.replace(' (demo)', '')} ${p.f}` : `${p.fk} ${p.gk}`));
    const hiveVillage = db
      .prepare("select code from geo_units where level = 'village' and parent_code in (select commune_code from user_communes where user_id = (select id from users where username = 'hive')) limit 1")
      .pluck()
      .get() as string;
    return { caseIds, names, hiveVillage };
  } finally {
    db.close();
  }
}

const query = (procedure: string, input: unknown) => `/api/staff/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
const json = (value: unknown) => JSON.stringify(value);

export function scenarios(f: Fixtures): Scenario[] {
  const caseAt = (i: number) => f.caseIds[i % f.caseIds.length]!;
  const nameAt = (i: number) => f.names[i % f.names.length]!;
  const risks = ['high', 'medium', 'low'] as const;
  const readTarget = (minRps: number | undefined, maxP99Ms: number): Target => ({ minRps, maxP99Ms, maxRatio: 5 });
  return [
    {
      name: 'case page (byId + timeline, batched)',
      target: readTarget(3000, 30),
      ours: {
        method: 'GET',
        as: 'caseworker',
        path: (i) => `/api/staff/cases.byId,cases.timeline?batch=1&input=${encodeURIComponent(json({ 0: { caseId: caseAt(i) }, 1: { caseId: caseAt(i) } }))}`,
      },
      baseline: { method: 'GET', path: (i) => `/case?id=${caseAt(i)}` },
    },
    {
      name: 'caseload page 1 (caseworker)',
      target: readTarget(500, 50),
      ours: { method: 'GET', as: 'caseworker', path: () => query('cases.list', { page: 1, pageSize: 25 }) },
      baseline: { method: 'GET', path: () => '/caseload' },
    },
    {
      name: 'filtered caseload (supervisor, risk, open)',
      target: readTarget(500, 50),
      ours: { method: 'GET', as: 'supervisor', path: (i) => query('cases.list', { page: 1, pageSize: 25, riskLevel: risks[i % 3], status: 'open' }) },
      baseline: { method: 'GET', path: (i) => `/caseload-filtered?risk=${risks[i % 3]}` },
    },
    {
      name: 'name search (supervisor, POST)',
      target: readTarget(500, 50),
      // Names travel in the body, never in a URL a proxy could log.
      ours: { method: 'POST', as: 'supervisor', path: () => '/api/staff/cases.list', body: (i) => json({ page: 1, pageSize: 25, search: nameAt(i) }) },
      baseline: { method: 'GET', path: (i) => `/search?q=${encodeURIComponent(ftsQuery(nameAt(i)))}` },
    },
    {
      name: 'dashboard (supervisor)',
      target: { maxP99Ms: 50 },
      ours: { method: 'GET', as: 'supervisor', path: () => '/api/staff/dashboard.summary' },
      baseline: { method: 'GET', path: () => '/dashboard' },
    },
    {
      name: 'triage queue (supervisor)',
      target: { maxP99Ms: 50 },
      ours: { method: 'GET', as: 'supervisor', path: () => query('needs.triageQueue', { page: 1, pageSize: 25 }) },
      baseline: { method: 'GET', path: () => '/triage' },
    },
    {
      name: 'approvals inbox (supervisor)',
      target: { maxP99Ms: 50 },
      ours: { method: 'GET', as: 'supervisor', path: () => query('approvals.pending', { page: 1, pageSize: 25 }) },
      baseline: { method: 'GET', path: () => '/approvals' },
    },
    {
      name: 'public impact.latest',
      target: {},
      ours: { method: 'GET', path: () => '/api/supporters/impact.latest' },
      baseline: { method: 'GET', path: () => '/impact' },
    },
    {
      name: 'hive needs.submit (write)',
      target: { minRps: 1000 },
      ours: {
        method: 'POST',
        as: 'hive',
        path: () => '/api/hive/needs.submit',
        body: () =>
          json({ id: randomUUID(), villageCode: f.hiveVillage, category: 'food', urgency: 'soon', description: 'Family needs rice (demo)', consentToContact: true, reportedAt: new Date().toISOString() }),
      },
      baseline: { method: 'POST', path: () => '/need', body: () => '{}' },
    },
  ];
}

/** The baseline's FTS5 query for a typed name: each word a quoted prefix, in any order. */
export function ftsQuery(typed: string): string {
  return typed.split(/\s+/).filter(Boolean).map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}
