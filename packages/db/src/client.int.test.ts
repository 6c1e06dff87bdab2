// The connection settings the durability promise rests on, and what survives a killed process.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closeDatabase, openDatabase } from './client';
import { countUnits } from './repositories/geography';

describe('openDatabase', () => {
  it('uses WAL, foreign keys, a busy timeout and NORMAL sync (docs/DESIGN.md §6)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-client-'));
    const db = openDatabase(path.join(dir, 'k.db'));
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1); // 1 = NORMAL
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps an acknowledged write when the process is killed with SIGKILL right after', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-kill-'));
    const file = path.join(dir, 'k.db');
    // A child process commits, says so, then is killed before it can close the database cleanly.
    const script = `
      import { openDatabase, upsertGeoUnits } from './src/index.ts';
      const db = openDatabase(${JSON.stringify(file)});
      upsertGeoUnits(db, [{ code: '02', level: 'province', parentCode: null, nameKm: 'បាត់ដំបង', nameLatin: 'Battambang', unitKm: null, unitLatin: null, lat: null, lng: null }]);
      process.stdout.write('committed');
      process.kill(process.pid, 'SIGKILL');`;
    let out = '';
    try {
      out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: path.resolve(import.meta.dirname, '..'), encoding: 'utf8' });
    } catch (error) {
      out = String((error as { stdout?: string }).stdout ?? '');
    }
    expect(out).toBe('committed');
    const db = openDatabase(file);
    expect(countUnits(db, 'province')).toBe(1);
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  });
});
