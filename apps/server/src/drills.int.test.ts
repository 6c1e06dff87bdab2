// The drills of `pnpm drill`, short: 64 connections for a few seconds, the sign-in race and the batch flood.
// Every check a drill reports must pass.
import { describe, expect, it } from 'vitest';
import batchFlood from '../drill/batch-flood.drill';
import load from '../drill/load.drill';
import { runDrill, type DrillFigure } from '../drill/registry';
import signInRace from '../drill/sign-in-race.drill';

const failedChecks = (rows: DrillFigure[]) => rows.filter((r) => r.ok === false).map((r) => `${r.figure}: ${r.value}`);

describe('drills (short)', () => {
  it('64 connections of mixed reads and writes: no errors, no lost or duplicated write', async () => {
    const rows = await runDrill(load, { seconds: 3 });
    expect(failedChecks(rows)).toEqual([]);
    expect(Number(rows.find((r) => r.figure === 'acknowledged writes')!.value)).toBeGreaterThan(0);
    console.info(rows.map((r) => `${r.figure}: ${r.value}`).join('; '));
  }, 120_000);

  it('the concurrent sign-in race and the batch flood', async () => {
    const rows = [...(await runDrill(signInRace, { seconds: 1 })), ...(await runDrill(batchFlood, { seconds: 1 }))];
    expect(failedChecks(rows)).toEqual([]);
    expect(rows.filter((r) => r.ok === true).length).toBeGreaterThanOrEqual(7);
  }, 120_000);
});
