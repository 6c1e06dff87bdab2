// Test helpers: a real, migrated SQLite file in a temp folder (never a mock), plus small factories.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase, type Db } from '../client';

export function createTestDatabase(): { db: Db; file: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-test-'));
  const file = path.join(dir, 'test.db');
  const db = openDatabase(file);
  return { db, file, cleanup: () => { closeDatabase(db); rmSync(dir, { recursive: true, force: true }); } };
}
