import { describe, expect, it } from 'vitest';
import { needCasePrefill, suggestedRiskOfNeed } from './triage-schemas';

describe('suggestedRiskOfNeed', () => {
  it('makes abuse concerns high whatever the urgency the volunteer chose', () => {
    expect(suggestedRiskOfNeed({ category: 'violence_or_abuse', urgency: 'can_wait' })).toBe('high');
  });
  it('follows the urgency otherwise', () => {
    expect(suggestedRiskOfNeed({ category: 'food', urgency: 'urgent' })).toBe('high');
    expect(suggestedRiskOfNeed({ category: 'food', urgency: 'soon' })).toBe('medium');
    expect(suggestedRiskOfNeed({ category: 'school', urgency: 'can_wait' })).toBe('low');
  });
});

describe('needCasePrefill', () => {
  it('carries the place, the story and the contact into the intake, as a hive-need case', () => {
    const prefill = needCasePrefill({
      id: 'n1', villageCode: '02030401', communeCode: '020304', description: 'No rice since Monday', category: 'food', urgency: 'soon',
      contactName: 'Sok Dara', contactPhone: '012345678', consentToContact: true,
    });
    expect(prefill).toEqual({
      needId: 'n1', villageCode: '02030401', communeCode: '020304', summary: 'No rice since Monday', source: 'hive_need', riskLevel: 'medium',
      contactName: 'Sok Dara', contactPhone: '012345678', consentToContact: true,
    });
  });
});
