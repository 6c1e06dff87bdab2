import { describe, expect, it } from 'vitest';
import { cambodiaToday, missingSafeguarding } from './safeguarding';

describe('missingSafeguarding', () => {
  it('names each missing step until staff record both', () => {
    expect(missingSafeguarding({ status: 'not_recorded', backgroundCheckOn: null, codeOfConductSignedOn: null })).toEqual(['backgroundCheck', 'codeOfConduct']);
    expect(missingSafeguarding({ status: 'not_recorded', backgroundCheckOn: '2026-01-02', codeOfConductSignedOn: null })).toEqual(['codeOfConduct']);
  });
  it('is nothing once cleared, and a revoked clearance is its own reason', () => {
    expect(missingSafeguarding({ status: 'cleared', backgroundCheckOn: '2026-01-02', codeOfConductSignedOn: '2026-01-03' })).toEqual([]);
    expect(missingSafeguarding({ status: 'revoked', backgroundCheckOn: '2026-01-02', codeOfConductSignedOn: '2026-01-03' })).toEqual(['revoked']);
  });
});

describe('cambodiaToday', () => {
  it('is already tomorrow in Phnom Penh late in the evening UTC', () => {
    expect(cambodiaToday(new Date('2026-03-31T18:30:00Z'))).toBe('2026-04-01');
    expect(cambodiaToday(new Date('2026-03-31T16:59:00Z'))).toBe('2026-03-31');
  });
});
