import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '@kruosar/domain';
import { createTestDatabase } from '../testing/index';
import type { Db } from '../client';
import { readGazetteerFile } from '../seed/gazetteer-file';
import { battambangDemoGazetteer } from '../seed/battambang';
import { sharedGazetteerExists, sharedGazetteerPath } from '../seed/shared-gazetteer';
import { countUnits, findGeoUnit, importGazetteer } from './geography';

const gazetteerPath = sharedGazetteerPath(process.env.KRUOSAR_GAZETTEER);
const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-geo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

function errorOf(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const levels = ['province', 'district', 'commune', 'village'] as const;
const countAll = (database: Db) => levels.map((level) => countUnits(database, level));

describe('importing a gazetteer file', () => {
  it.skipIf(!sharedGazetteerExists(process.env.KRUOSAR_GAZETTEER))(
    `imports the whole shared gazetteer with Battambang complete (needs ${gazetteerPath}; set KRUOSAR_GAZETTEER to use another copy)`,
    () => {
      const progress: number[] = [];
      const result = importGazetteer(db, readGazetteerFile(gazetteerPath), (done) => progress.push(done));
      expect(result).toEqual({ provinces: 25, districts: 210, communes: 1652, villages: 14578 });
      expect(countUnits(db, 'district', '02')).toBe(14);
      expect(countUnits(db, 'commune', '02')).toBe(103);
      expect(countUnits(db, 'village', '02')).toBe(844);
      expect(findGeoUnit(db, '020303')).toMatchObject({ level: 'commune', parentCode: '0203', nameKm: 'រតនៈ' });
      expect(progress.at(-1)).toBe(25 + 210 + 1652 + 14578);
      // Importing again updates in place: nothing is duplicated.
      importGazetteer(db, readGazetteerFile(gazetteerPath));
      expect(countUnits(db, 'village')).toBe(14578);
    },
  );

  describe('a broken file changes nothing', () => {
    beforeEach(() => {
      importGazetteer(db, battambangDemoGazetteer);
    });

    it('refuses a file with an orphan village, naming it, and leaves every unit as it was', () => {
      const before = countAll(db);
      const orphan = {
        provinces: [{ ...battambangDemoGazetteer.provinces[0]!, latin: 'Renamed' }, { code: '03', km: 'កំពង់ចាម', latin: 'Kampong Cham' }],
        districts: [],
        communes: [],
        villages: [{ code: '02999901', km: 'ភូមិ', latin: 'Nowhere' }],
      };
      const file = path.join(dir, 'orphan.json');
      writeFileSync(file, JSON.stringify(orphan));
      const error = errorOf(() => importGazetteer(db, readGazetteerFile(file)));
      expect(error.code).toBe('INVALID');
      expect(error.message).toMatch(/village 02999901: its parent 029999 is not in the file/);
      expect(error.message).toMatch(/nothing was imported/);
      expect(countAll(db)).toEqual(before);
      expect(findGeoUnit(db, '02')?.nameLatin).toBe('Battambang');
      expect(findGeoUnit(db, '03')).toBeUndefined();
    });

    it('refuses a file that is not JSON before touching the database', () => {
      const before = countAll(db);
      const file = path.join(dir, 'bad.json');
      writeFileSync(file, '{"provinces": [{"code": "03", ');
      const error = errorOf(() => importGazetteer(db, readGazetteerFile(file)));
      expect(error.code).toBe('INVALID');
      expect(error.message).toMatch(/bad\.json is not valid JSON/);
      expect(countAll(db)).toEqual(before);
    });
  });
});
