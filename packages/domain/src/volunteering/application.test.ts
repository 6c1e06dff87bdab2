import { describe, expect, it } from 'vitest';
import { applicantContactOf, cambodianPhone, suggestedUsername, VolunteerApplicationInput } from './application';

describe('cambodianPhone', () => {
  it('reads national and international forms, with separators, into +855 form', () => {
    expect(cambodianPhone('012 345 678')).toBe('+85512345678');
    expect(cambodianPhone('097-123-4567')).toBe('+855971234567');
    expect(cambodianPhone('+855 12 345 678')).toBe('+85512345678');
    expect(cambodianPhone('855 (0)12 345 678')).toBeNull();
    expect(cambodianPhone('00855 12 345 678')).toBe('+85512345678');
  });
  it('reads Khmer digits as digits', () => {
    expect(cambodianPhone('០១២ ៣៤៥ ៦៧៨')).toBe('+85512345678');
  });
  it('refuses numbers that are too short, too long, foreign, or not numbers', () => {
    expect(cambodianPhone('012 345')).toBeNull();
    expect(cambodianPhone('012 345 678 901')).toBeNull();
    expect(cambodianPhone('+66 81 234 5678')).toBeNull();
    expect(cambodianPhone('00 345 678')).toBeNull();
    expect(cambodianPhone('call me')).toBeNull();
  });
});

describe('applicantContactOf', () => {
  it('tells an email address from a phone number', () => {
    expect(applicantContactOf(' Dara@Example.org ')).toEqual({ kind: 'email', value: 'dara@example.org' });
    expect(applicantContactOf('០៩៧ ១២៣ ៤៥៦៧')).toEqual({ kind: 'phone', value: '+855971234567' });
    expect(applicantContactOf('dara@example')).toBeNull();
    expect(applicantContactOf('')).toBeNull();
  });
});

describe('VolunteerApplicationInput', () => {
  const good = { name: 'Sok Dara', contact: '012 345 678', skills: 'Teaching, first aid', availability: ['weekends'], languages: ['km', 'en'], locale: 'km', consentToSafeguardingChecks: true };
  it('accepts a complete application and normalises the contact', () => {
    expect(VolunteerApplicationInput.parse(good).contact).toEqual({ kind: 'phone', value: '+85512345678' });
  });
  it('refuses one without consent to safeguarding checks, naming its message key', () => {
    const result = VolunteerApplicationInput.safeParse({ ...good, consentToSafeguardingChecks: false });
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0] as { path: unknown[]; params?: { messageKey?: string } };
    expect(issue.path).toEqual(['consentToSafeguardingChecks']);
    expect(issue.params?.messageKey).toBe('errors.safeguardingConsentRequired');
  });
  it('refuses a contact that is neither a Cambodian phone nor an email, and empty choices', () => {
    const result = VolunteerApplicationInput.safeParse({ ...good, contact: '+1 555 0100', availability: [], languages: [] });
    expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['availability', 'contact', 'languages']);
  });
});

describe('suggestedUsername', () => {
  it('uses the Latin letters of the name, numbered when taken, and "volunteer" for a Khmer-only name', () => {
    expect(suggestedUsername('Sok Dara', () => false)).toBe('sok.dara');
    expect(suggestedUsername('Sok Dara', (u) => u === 'sok.dara' || u === 'sok.dara2')).toBe('sok.dara3');
    expect(suggestedUsername('សុខ ដារា', () => false)).toBe('volunteer');
  });
});
