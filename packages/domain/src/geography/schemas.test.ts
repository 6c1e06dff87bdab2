import { describe, expect, it } from 'vitest';
import { unitsFromGazetteer } from './schemas';

const row = (code: string) => ({ code, km: `km${code}`, latin: `L${code}` });

describe('unitsFromGazetteer', () => {
  it('links each unit to its parent by code', () => {
    const { units, problems } = unitsFromGazetteer({
      provinces: [row('02')], districts: [row('0203')], communes: [row('020303')], villages: [row('02030301')],
    });
    expect(problems).toEqual([]);
    expect(units.map((u) => [u.code, u.level, u.parentCode])).toEqual([
      ['02', 'province', null], ['0203', 'district', '02'], ['020303', 'commune', '0203'], ['02030301', 'village', '020303'],
    ]);
  });
  it('reports orphans, wrong lengths and repeated codes', () => {
    const { problems } = unitsFromGazetteer({
      provinces: [row('02'), row('02')], districts: [row('0999'), row('020')], communes: [], villages: [],
    });
    expect(problems).toHaveLength(3);
  });
});
