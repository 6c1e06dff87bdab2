import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DomainError } from '@kruosar/domain';
import { readGazetteerFile } from './gazetteer-file';

const dir = mkdtempSync(path.join(tmpdir(), 'kruosar-gazetteer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: string) {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}

const row = (code: string) => ({ code, km: `km${code}`, latin: `L${code}`, unit: 'Unit', unitKm: 'ឯកតា' });

function readError(file: string): DomainError {
  try {
    readGazetteerFile(file);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected readGazetteerFile to throw');
}

describe('readGazetteerFile', () => {
  it('reads a well-formed file', () => {
    const file = write('ok.json', JSON.stringify({ source: 's', provinces: [{ ...row('02'), lat: 12.9, lng: 103.2 }], districts: [row('0203')], communes: [], villages: [] }));
    const gazetteer = readGazetteerFile(file);
    expect(gazetteer.provinces[0]).toEqual({ ...row('02'), lat: 12.9, lng: 103.2 });
    expect(gazetteer.districts.map((d) => d.code)).toEqual(['0203']);
  });

  it('says when the file does not exist', () => {
    const error = readError(path.join(dir, 'nowhere.json'));
    expect(error.code).toBe('INVALID');
    expect(error.message).toMatch(/nowhere\.json does not exist/);
  });

  it('says when the file is not JSON', () => {
    const error = readError(write('broken.json', '{ "provinces": [ '));
    expect(error.code).toBe('INVALID');
    expect(error.message).toMatch(/broken\.json is not valid JSON/);
  });

  it('names the first bad path when the shape is wrong', () => {
    const villages = [row('02030301'), { ...row('02030302'), km: '' }, { code: 3 }];
    const error = readError(write('shape.json', JSON.stringify({ provinces: [], districts: [], communes: [], villages })));
    expect(error.code).toBe('INVALID');
    expect(error.field).toBe('villages.1.km');
    expect(error.message).toMatch(/does not have the expected shape: at villages\.1\.km/);
    expect(error.message).toMatch(/more problem/);
  });

  it('names a missing section', () => {
    const error = readError(write('missing.json', JSON.stringify({ provinces: [], districts: [], communes: [] })));
    expect(error.field).toBe('villages');
  });

  it('refuses a file that is JSON but not an object', () => {
    const error = readError(write('array.json', '[]'));
    expect(error.message).toMatch(/at \(top level\)/);
  });
});
