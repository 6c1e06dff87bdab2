import { describe, expect, it } from 'vitest';
import { HiveNeedInput, isCambodianPhone, isReportedInFuture } from './schemas';

const raw = {
  id: '3f1c7a9e-2b4d-4c6e-8f0a-1b2c3d4e5f60',
  villageCode: '02030401',
  category: 'food',
  urgency: 'soon',
  description: 'គ្រួសារនេះខ្វះអាហារ',
  contactName: 'Sok Dara',
  contactPhone: '012 345 678',
  consentToContact: true,
  reportedAt: '2026-03-01T08:00:00.000Z',
};

describe('a need from a phone', () => {
  it('accepts Cambodian numbers as people write them, Khmer digits too, and nothing else', () => {
    for (const phone of ['012 345 678', '០១២ ៣៤៥ ៦៧៨', '+855 12 345 678', '00855 97 123 4567', '023-123-456', '(012) 345.678', '0971234567'])
      expect(isCambodianPhone(phone), phone).toBe(true);
    for (const phone of ['ask the chief', '12345678', '012 345', '+66 81 234 5678', '012 345 678 901', '0012345678', '01២ 3'])
      expect(isCambodianPhone(phone), phone).toBe(false);
  });

  it('refuses a phone that is not Cambodian when the family agreed to be contacted, on the phone field', () => {
    const result = HiveNeedInput.safeParse({ ...raw, contactPhone: 'call the chief' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['contactPhone']);
  });

  it('drops the contact details when the family did not agree to be contacted', () => {
    const parsed = HiveNeedInput.parse({ ...raw, consentToContact: false, contactPhone: 'anything' });
    expect(parsed).toMatchObject({ contactName: '', contactPhone: '', consentToContact: false, description: raw.description });
    expect(HiveNeedInput.parse(raw)).toMatchObject({ contactName: 'Sok Dara', contactPhone: '012 345 678' });
  });

  it('calls a report more than ten minutes ahead of the clock dated in the future', () => {
    const now = new Date('2026-03-01T08:00:00.000Z');
    expect(isReportedInFuture('2026-03-01T08:09:59.000Z', now)).toBe(false);
    expect(isReportedInFuture('2026-03-01T08:10:01.000Z', now)).toBe(true);
    expect(isReportedInFuture('2026-02-28T08:00:00.000Z', now)).toBe(false);
  });
});
