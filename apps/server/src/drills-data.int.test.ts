// The data-safety drills of `pnpm drill` (SIGKILL, backup under writes, audit attacks, release migration), kept in the suite with smaller loads.
import { describe, expect, it } from 'vitest';
import { drillAuditAttacks } from '../drill/audit-attacks';
import { drillBackupUnderWrites } from '../drill/backup-under-writes';
import { drillReleaseMigration } from '../drill/release-migration';
import { drillSigkill } from '../drill/sigkill';

describe('drills', () => {
  it('keeps every acknowledged write through SIGKILLs during a write load, with integrity_check ok', async () => {
    const result = await drillSigkill({ rounds: 2, writeMs: 300 });
    expect(result.figures).toMatchObject({ 'acknowledged writes lost': 0, integrity_check: 'ok', 'audit chain intact': true });
    expect(result.figures['acknowledged writes']).toBeGreaterThan(0);
    expect(result.ok).toBe(true);
  });

  it('backs up under writes in about a file copy, and the restore has the same row counts and a whole audit chain', async () => {
    const result = await drillBackupUnderWrites({ megabytes: 4 });
    expect(result.figures['tables whose row count differs']).toBe(0);
    expect(String(result.figures['restored audit chain + checkpoint'])).toMatch(/^ok/);
    expect(result.ok).toBe(true);
  });

  it('detects every audit tampering attack', async () => {
    const result = await drillAuditAttacks();
    expect(Object.values(result.figures).filter((v) => v === 'NOT DETECTED')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('migrates the previous release’s database with every record intact', async () => {
    const result = await drillReleaseMigration();
    expect(result.figures['release fixtures']).toBeGreaterThanOrEqual(1);
    expect(result.ok).toBe(true);
  });
});
