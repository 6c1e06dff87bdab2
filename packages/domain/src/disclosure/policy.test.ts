import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { findTableSpecProblem } from './policy';
import { sumCommuneQuarters } from './raw';
import { communes, geo, inFamilyCare, needsRegistered, reunified, sessionsHeld, spec } from './test-data';

const keyOf = (p: DomainError | null) => p?.messageKey ?? null;

describe('geography and time limits of a table', () => {
  it('allows district and province tables of any indicator, by quarter', () => {
    for (const indicator of [reunified, needsRegistered, inFamilyCare, sessionsHeld]) {
      expect(findTableSpecProblem(spec({ indicator, level: 'district', rows: ['0201', '0202'] }), geo())).toBeNull();
      expect(findTableSpecProblem(spec({ indicator, level: 'province', rows: ['02'] }), geo())).toBeNull();
    }
  });
  it('never shows villages', () => {
    const problem = findTableSpecProblem(spec({ level: 'village', rows: ['02010101'] }), geo());
    expect(problem).toBeInstanceOf(DomainError);
    expect(problem?.code).toBe('INVALID');
    expect(problem?.field).toBe('level');
    expect(keyOf(problem)).toBe('errors.disclosure.village');
  });
  it('keeps reunification, abuse and placement counts at district level or above', () => {
    for (const topic of ['reunification', 'abuse', 'placement'] as const) {
      const indicator = { ...reunified, topic };
      const problem = findTableSpecProblem(spec({ indicator, level: 'commune', rows: ['020101'], grain: 'year' }), geo());
      expect(keyOf(problem)).toBe('errors.disclosure.sensitiveBelowDistrict');
    }
  });
  it('shows other indicators by commune only for hive communes', () => {
    const request = spec({ level: 'commune', rows: ['020101', '020102'], grain: 'year' });
    expect(findTableSpecProblem(request, geo(['020101', '020102']))).toBeNull();
    expect(keyOf(findTableSpecProblem(request, geo(['020101'])))).toBe('errors.disclosure.notHiveCommune');
  });
  it('keeps commune tables yearly unless every quarter cell is 20 or more', () => {
    const request = spec({ level: 'commune', rows: ['020101', '020102'], grain: 'quarter' });
    const big = sumCommuneQuarters(2025, { '020101': [20, 25, 30, 40], '020102': [20, 20, 20, 20] });
    const thin = sumCommuneQuarters(2025, { '020101': [20, 25, 30, 40], '020102': [20, 19, 20, 20] });
    expect(findTableSpecProblem(request, geo(), big)).toBeNull();
    expect(keyOf(findTableSpecProblem(request, geo(), thin))).toBe('errors.disclosure.communeQuarterly');
    expect(keyOf(findTableSpecProblem(request, geo()))).toBe('errors.disclosure.communeQuarterly');
    // Only the quarters of the snapshot count: Q2 is not shown in a Q1 snapshot.
    expect(findTableSpecProblem({ ...request, throughQuarter: 1 }, geo(), thin)).toBeNull();
  });
  it('refuses unknown places, codes of the wrong level and repeated rows', () => {
    expect(keyOf(findTableSpecProblem(spec({ level: 'district', rows: ['0299'] }), geo()))).toBe('errors.disclosure.unknownPlace');
    expect(keyOf(findTableSpecProblem(spec({ level: 'district', rows: ['020101'] }), geo()))).toBe('errors.disclosure.unknownPlace');
    expect(keyOf(findTableSpecProblem(spec({ level: 'district', rows: ['0201', '0201'] }), geo()))).toBe('errors.disclosure.duplicateRow');
  });
  it('gives a total row only when the rows are every part of one place', () => {
    const districts = ['0201', '0202', '0203'];
    expect(findTableSpecProblem(spec({ level: 'district', rows: districts, columnTotals: true }), geo())).toBeNull();
    const partial = spec({ level: 'district', rows: ['0201', '0202'], columnTotals: true });
    expect(keyOf(findTableSpecProblem(partial, geo()))).toBe('errors.disclosure.partialTotal');
    const province = spec({ level: 'province', rows: ['02'], columnTotals: true });
    expect(keyOf(findTableSpecProblem(province, geo()))).toBe('errors.disclosure.partialTotal');
    const allOfDistrict = spec({ level: 'commune', rows: ['020102', '020101'], grain: 'year', columnTotals: true });
    expect(findTableSpecProblem(allOfDistrict, geo(communes))).toBeNull();
  });
});
