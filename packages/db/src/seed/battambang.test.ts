import { describe, expect, it } from 'vitest';
import { parentCodeOf } from '@kruosar/domain';
import { battambangDemoGazetteer, battambangDemoUnits, demoCommuneCodes } from './battambang';
import { readGazetteerFile } from './gazetteer-file';
import { sharedGazetteerExists, sharedGazetteerPath } from './shared-gazetteer';

const override = process.env.KRUOSAR_GAZETTEER;

describe('the built-in Battambang demo geography', () => {
  it('has consistent parents and holds every demo commune with its villages', () => {
    const units = battambangDemoUnits();
    const codes = new Set(units.map((u) => u.code));
    for (const unit of units) {
      expect(unit.code.startsWith('02')).toBe(true);
      if (unit.parentCode) expect(codes.has(unit.parentCode)).toBe(true);
    }
    for (const commune of demoCommuneCodes) {
      expect(codes.has(commune)).toBe(true);
      expect(units.filter((u) => u.parentCode === commune).length).toBeGreaterThan(0);
    }
    // Every district and commune listed is there for a demo commune, nothing extra.
    const communes = units.filter((u) => u.level === 'commune').map((u) => u.code);
    expect(communes.sort()).toEqual([...demoCommuneCodes].sort());
    const districts = units.filter((u) => u.level === 'district').map((u) => u.code);
    expect(districts.sort()).toEqual([...new Set(demoCommuneCodes.map((c) => parentCodeOf(c)))].sort());
    for (const unit of units.filter((u) => u.level !== 'village')) expect(unit.lat).not.toBeNull();
  });

  it.skipIf(!sharedGazetteerExists(override))(`matches the shared gazetteer row for row (${sharedGazetteerPath(override)})`, () => {
    const real = readGazetteerFile(sharedGazetteerPath(override));
    const sections = ['provinces', 'districts', 'communes', 'villages'] as const;
    for (const section of sections) {
      const byCode = new Map(real[section].map((r) => [r.code, r]));
      for (const row of battambangDemoGazetteer[section]) expect(row).toEqual(byCode.get(row.code));
    }
    // Every village of each demo commune is there, none left out.
    for (const commune of demoCommuneCodes) {
      const realVillages = real.villages.filter((v) => v.code.startsWith(commune)).map((v) => v.code);
      const ours = battambangDemoGazetteer.villages.filter((v) => v.code.startsWith(commune)).map((v) => v.code);
      expect(ours).toEqual(realVillages);
    }
  });
});
