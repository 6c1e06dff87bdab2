import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalNeedContent, isSameNeedContent } from './need-content';
import { HiveNeedInput, needCategories, needUrgencies } from './schemas';

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
const need = (over: Record<string, unknown> = {}) => HiveNeedInput.parse({ ...raw, ...over });

describe('canonicalNeedContent', () => {
  it('does not depend on key order, the id, or how the phone wrote digits, spaces and instants', () => {
    const reordered = HiveNeedInput.parse(Object.fromEntries(Object.entries(raw).reverse()));
    expect(canonicalNeedContent(reordered)).toBe(canonicalNeedContent(need()));
    expect(isSameNeedContent(need({ id: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d' }), need())).toBe(true);
    expect(isSameNeedContent(need({ contactPhone: '០១២ ៣៤៥ ៦៧៨' }), need())).toBe(true);
    expect(isSameNeedContent(need({ description: ` ${raw.description}\u200b ` }), need())).toBe(true);
    expect(isSameNeedContent(need({ reportedAt: '2026-03-01T08:00:00Z' }), need())).toBe(true);
    expect(isSameNeedContent(need({ contactName: 'Ste\u0301phanie' }), need({ contactName: 'St\u00e9phanie' }))).toBe(true);
  });

  it('changes when any field that defines the need changes', () => {
    const changes: Record<string, unknown>[] = [
      { villageCode: '02030402' },
      { category: 'violence_or_abuse' },
      { urgency: 'urgent' },
      { description: 'គ្រួសារនេះខ្វះទឹក' },
      { contactName: 'Sok Dany' },
      { contactPhone: '012 345 679' },
      { consentToContact: false },
      { reportedAt: '2026-03-01T08:00:01.000Z' },
    ];
    for (const change of changes) expect(isSameNeedContent(need(change), need()), JSON.stringify(change)).toBe(false);
  });

  it('leaves no room for one field to bleed into the next', () => {
    // Joined end to end both would read "Sok012".
    expect(isSameNeedContent({ ...need(), contactName: 'Sok0', contactPhone: '12' }, { ...need(), contactName: 'Sok', contactPhone: '012' })).toBe(false);
  });

  it('survives a JSON round trip (a replay from the on-device queue) for any need', () => {
    const arbitraryNeed = fc.record({
      id: fc.uuid({ version: 4 }),
      villageCode: fc.stringMatching(/^\d{8}$/),
      category: fc.constantFrom(...needCategories),
      urgency: fc.constantFrom(...needUrgencies),
      description: fc.string({ minLength: 1, maxLength: 200 }).filter((s) => s.trim().replace(/[\u200b-\u200d\ufeff]/g, '') !== ''),
      contactName: fc.string({ maxLength: 40 }),
      contactPhone: fc.stringMatching(/^[0-9០-៩ +]{0,20}$/),
      consentToContact: fc.boolean(),
      reportedAt: fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
    });
    fc.assert(
      fc.property(arbitraryNeed, (n) => {
        const parsed = HiveNeedInput.safeParse(n);
        fc.pre(parsed.success);
        if (!parsed.success) return;
        const replay = HiveNeedInput.parse(JSON.parse(JSON.stringify(n)));
        expect(canonicalNeedContent(replay)).toBe(canonicalNeedContent(parsed.data));
      }),
    );
  });
});
