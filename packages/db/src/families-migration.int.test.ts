// A database of the release before families and carers, migrated: every record stays, and children get their stays.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from './client';

const drizzleFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../drizzle');
/** The first migration of families and carers, by name: its number changes when branches are merged. */
const FIRST_NEW = 'families_carers';
const nameOf = (tag: string) => tag.replace(/^\d+_/, '');

describe('migrating the previous release', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every household, case and free-text placement, and opens a stay for each child', () => {
    // The previous release's migrations only: the journal up to (not including) this branch's first migration.
    const previous = path.join(dir, 'previous');
    cpSync(drizzleFolder, previous, { recursive: true });
    const journalFile = path.join(previous, 'meta', '_journal.json');
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const first = journal.entries.findIndex((e) => nameOf(e.tag) === FIRST_NEW);
    expect(first, `a migration named ${FIRST_NEW}`).toBeGreaterThan(0);
    journal.entries = journal.entries.slice(0, first);
    writeFileSync(journalFile, JSON.stringify(journal));
    const file = path.join(dir, 'old.db');
    const sqlite = new Database(file);
    migrate(drizzle(sqlite), { migrationsFolder: previous });
    const at = '2025-03-04T02:00:00.000Z';
    sqlite.exec(`
      insert into users (id, username, display_name, role, locale, password_hash, created_at, updated_at) values ('u1', 'cw', 'Caseworker (demo)', 'caseworker', 'en', 'x', '${at}', '${at}');
      insert into households (id, village_code, commune_code, id_poor, income_sources, created_at, updated_at) values ('h1', '02030301', '020303', 'level_1', '["farming"]', '${at}', '${at}');
      insert into children (id, given_name_km, family_name_km, given_name_latin, family_name_latin, search_text, sex, date_of_birth, disability, school_status, birth_registration, created_at, updated_at)
        values ('c1', 'ស្រី', 'ពៅ', 'Srey (demo)', 'Pov', 'pov srey', 'female', '2016-01-01', 'none', 'enrolled', 'registered', '${at}', '${at}'),
               ('c2', 'នីតា', 'ពៅ', 'Nita (demo)', 'Pov', 'pov nita', 'female', '2018-01-01', 'none', 'enrolled', 'registered', '${at}', '${at}');
      insert into cases (id, reference, child_id, household_id, status, stage, risk_level, protection_concerns, source, commune_code, registered_by, registered_at, first_contact_due_at, created_at, updated_at)
        values ('k1', 'KR-2025-000001', 'c1', 'h1', 'open', 'registered', 'medium', '[]', 'intake', '020303', 'u1', '${at}', '${at}', '${at}', '${at}'),
               ('k2', 'KR-2025-000002', 'c2', 'h1', 'open', 'registered', 'medium', '[]', 'intake', '020303', 'u1', '2025-04-01T02:00:00.000Z', '${at}', '${at}', '${at}');
      insert into placements (id, case_id, type, start_date, reason, carer_name, created_by_id, created_at, updated_at)
        values ('p1', 'k1', 'foster_care_long_term', '2025-03-05', 'Unsafe at home', 'Mrs Heng (demo)', 'u1', '${at}', '${at}');
    `);
    const before = (table: string) => sqlite.prepare(`select * from ${table} order by id`).all();
    const snapshot = Object.fromEntries(['households', 'children', 'cases', 'placements'].map((t) => [t, before(t)]));
    sqlite.close();

    const db = openDatabase(file);
    const after = (table: string) => db.$client.prepare(`select * from ${table} order by id`).all() as Record<string, unknown>[];
    // Households and children gained an empty "merged into" column since; every other value is as it was.
    const notMerged = (rows: unknown) => (rows as Record<string, unknown>[]).map((r) => ({ ...r, merged_into_id: null }));
    for (const table of ['households', 'children'] as const) expect(after(table)).toEqual(notMerged(snapshot[table]));
    expect(after('cases')).toEqual(snapshot.cases);
    // The free-text carer of an old placement stays readable; the new column is empty.
    expect(after('placements')).toEqual((snapshot.placements as Record<string, unknown>[]).map((p) => ({ ...p, relationship_to_child: null })));
    const stays = db.$client.prepare('select household_id, child_id, from_date, to_date from household_stays order by child_id').all();
    expect(stays).toEqual([
      { household_id: 'h1', child_id: 'c1', from_date: '2025-03-04', to_date: null },
      { household_id: 'h1', child_id: 'c2', from_date: '2025-04-01', to_date: null },
    ]);
    closeDatabase(db);
  });
});
