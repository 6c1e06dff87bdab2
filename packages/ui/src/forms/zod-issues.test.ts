import { describe, expect, it } from 'vitest';
import { HiveNeedFields, HiveNeedInput } from '@kruosar/domain';
import { fieldMessagesOf } from './zod-issues';

describe('fieldMessagesOf', () => {
  it('names each wrong field of a domain schema with a translatable message', () => {
    const result = HiveNeedInput.safeParse({
      id: crypto.randomUUID(),
      villageCode: '02030405',
      category: 'not-a-category',
      urgency: 'urgent',
      description: 'x'.repeat(2001),
      consentToContact: false,
      reportedAt: new Date().toISOString(),
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldMessagesOf(result.error)).toEqual({
      category: { key: 'errors:field.choose' },
      description: { key: 'errors:field.tooLongMax', max: 2000 },
    });
  });
  it('calls an empty required text "required"', () => {
    const result = HiveNeedFields.pick({ description: true }).safeParse({ description: '   ' });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldMessagesOf(result.error)).toEqual({ description: { key: 'errors:field.required' } });
  });
});
