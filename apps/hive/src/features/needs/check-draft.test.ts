import { describe, expect, it } from 'vitest';
import { checkDraft } from './check-draft';
import { emptyDraft, sameDraft } from './need-draft';

const stamp = { id: '6f1c1d4e-2b7a-4c1e-9d3f-0a1b2c3d4e5f', reportedAt: '2026-11-21T04:00:00.000Z' };

describe('checkDraft', () => {
  it('asks for every required choice and the description on an empty form', () => {
    const result = checkDraft(emptyDraft, stamp);
    expect(result).toEqual({
      ok: false,
      errors: {
        villageCode: { key: 'errors:field.choose' },
        category: { key: 'errors:field.choose' },
        urgency: { key: 'errors:field.choose' },
        description: { key: 'errors:field.required' },
      },
    });
  });

  it('accepts a complete need, converting Khmer digits in the phone number', () => {
    const result = checkDraft(
      { ...emptyDraft, villageCode: '02010101', category: 'food', urgency: 'soon', description: ' គ្រួសារខ្វះអង្ករ ', contactPhone: '០១២ ៣៤៥ ៦៧៨', consentToContact: true },
      stamp,
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.input).toMatchObject({ id: stamp.id, description: 'គ្រួសារខ្វះអង្ករ', contactPhone: '012 345 678', consentToContact: true });
    }
  });

  it('refuses a description over 2000 characters, saying the limit', () => {
    const result = checkDraft({ ...emptyDraft, villageCode: '02010101', category: 'food', urgency: 'soon', description: 'ក'.repeat(2001) }, stamp);
    expect(result).toEqual({ ok: false, errors: { description: { key: 'errors:field.tooLongMax', max: 2000 } } });
  });
});

describe('sameDraft', () => {
  it('tells an unchanged draft from an edited one', () => {
    expect(sameDraft(emptyDraft, { ...emptyDraft })).toBe(true);
    expect(sameDraft(emptyDraft, { ...emptyDraft, description: 'x' })).toBe(false);
  });
});
