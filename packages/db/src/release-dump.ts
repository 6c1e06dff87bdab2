// Release fixtures are kept as SQL text dumps (no database files in git); a test or drill makes the old release's
// database from one before migrating it.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

/** Write a plain SQLite database at `destination` (which must not exist) from the SQL dump `dumpFile`. */
export function databaseFromDump(dumpFile: string, destination: string): void {
  const sqlite = new Database(destination);
  try {
    // A dump lists tables by name, not in the order their foreign keys need; the data was consistent when dumped.
    sqlite.pragma('foreign_keys = OFF');
    sqlite.exec(readFileSync(dumpFile, 'utf8'));
  } finally {
    sqlite.close();
  }
}
