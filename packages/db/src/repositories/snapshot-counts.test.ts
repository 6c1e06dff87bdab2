import { describe, expect, it } from 'vitest';
import { periodDays, rawCountOf } from './snapshot-counts';
import type { Spell } from './snapshot-facts';

const communes = new Set(['020303', '020307', '020804']);
const q = (from: number, to = from) => ({ year: 2026, from, to });
const event = (person: string, commune: string, from: string, recordedAt = `${from}T03:00:00.000Z`): Spell => ({ person, commune, from, until: null, event: true, recordedAt });
const stay = (person: string, commune: string, from: string, until: string | null, recordedAt = `${from}T03:00:00.000Z`): Spell => ({ person, commune, from, until, event: false, recordedAt });

describe('periodDays', () => {
  it('gives the first and last day of a run of quarters', () => {
    expect(periodDays(q(1))).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(periodDays(q(2, 4))).toEqual({ start: '2026-04-01', end: '2026-12-31' });
  });
});

describe('rawCountOf', () => {
  it('counts a person once a year, in the quarter and commune of their first event, so quarters add up', () => {
    const spells = [event('a', '020303', '2026-02-10'), event('a', '020804', '2026-05-01'), event('b', '020307', '2026-05-02'), event('c', '020303', '2025-12-30')];
    const raw = rawCountOf(spells, true, communes);
    expect([raw('02', q(1)), raw('02', q(2)), raw('02', q(1, 2))]).toEqual([1, 1, 2]);
    expect([raw('020303', q(1, 4)), raw('020804', q(1, 4)), raw('0203', q(2))]).toEqual([1, 0, 1]);
  });

  it('counts a stock once per period, in the commune of the latest stay in it', () => {
    const spells = [stay('a', '020303', '2025-06-01', '2026-05-01'), stay('a', '020804', '2026-05-01', null), stay('b', '020307', '2026-01-01', '2026-02-01')];
    const raw = rawCountOf(spells, false, communes);
    expect([raw('02', q(1)), raw('02', q(2)), raw('02', q(1, 4))]).toEqual([2, 1, 2]);
    // In Q2 the child moved: counted once, where they were last.
    expect([raw('020303', q(2)), raw('020804', q(2)), raw('0208', q(1, 4)), raw('0203', q(1, 4))]).toEqual([0, 1, 1, 1]);
    // A stay that ended the day a quarter began is not in it.
    expect(raw('020307', q(2))).toBe(0);
  });

  it('leaves out communes that are not in the gazetteer, so places are the sum of their communes', () => {
    const raw = rawCountOf([event('a', '029999', '2026-02-01'), event('b', '020303', '2026-02-01')], true, communes);
    expect(raw('02', q(1))).toBe(1);
  });

  it('counts a record entered after its quarter was published in the first quarter still open', () => {
    const published = { year: 2026, freezes: ['2026-04-05T00:00:00.000Z', '2026-07-04T00:00:00.000Z'] };
    const spells = [
      event('on-time', '020303', '2026-02-01'),
      event('late-q1', '020303', '2026-02-01', '2026-05-01T00:00:00.000Z'), // after Q1 was published, before Q2
      event('late-q2', '020303', '2026-05-01', '2026-08-01T00:00:00.000Z'),
      stay('late-stay', '020303', '2026-01-15', null, '2026-08-01T00:00:00.000Z'),
      stay('gone-before', '020303', '2026-01-15', '2026-06-01', '2026-08-01T00:00:00.000Z'),
    ];
    const events = rawCountOf(spells.filter((s) => s.event), true, communes, { published });
    expect([events('02', q(1)), events('02', q(2)), events('02', q(3)), events.lateRecords]).toEqual([1, 1, 1, 2]);
    const stays = rawCountOf(spells.filter((s) => !s.event), false, communes, { published });
    expect([stays('02', q(1)), stays('02', q(2)), stays('02', q(3)), stays.lateRecords]).toEqual([0, 0, 1, 2]);
    // Other years are counted as recorded.
    expect(rawCountOf([event('x', '020303', '2025-02-01', '2026-08-01T00:00:00.000Z')], true, communes, { published })('02', { year: 2025, from: 1, to: 1 })).toBe(1);
  });
});
