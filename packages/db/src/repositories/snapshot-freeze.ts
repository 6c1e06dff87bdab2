// A frozen copy of the database for building an impact snapshot: edits made while the build runs cannot skew it.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { keysOf, openSqlite, type Db } from '../client';
import * as schema from '../schema/index';

/**
 * Copy the database with VACUUM INTO (one consistent read of the whole file, taken at once), open the copy
 * read-only and hand it to `work`; the copy is deleted afterwards, whatever happens. The copy is made beside the
 * database, not in a shared temp folder, so children's data never leaves the place it is kept.
 */
export function withFrozenCopy<T>(db: Db, work: (frozen: Db) => T): T {
  const live = db.$client.name;
  const parent = live && live !== ':memory:' ? path.dirname(path.resolve(live)) : tmpdir();
  const dir = mkdtempSync(path.join(parent, '.kruosar-freeze-'));
  const file = path.join(dir, 'frozen.db');
  try {
    db.$client.prepare('VACUUM INTO ?').run(file);
    // VACUUM INTO writes the copy encrypted with the live database's key.
    const copy = openSqlite(file, keysOf(db), { readonly: true });
    try {
      return work(drizzle(copy, { schema }) as Db);
    } finally {
      copy.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
