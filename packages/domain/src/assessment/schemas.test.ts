import { describe, expect, it } from 'vitest';
import { AssessmentInput } from './schemas';
import { csiDomains } from './values';

const scores = () => Object.fromEntries(csiDomains.map((d) => [d, { score: 3, reason: 'Seen at the home visit' }]));
const valid = () => ({ assessedOn: '2026-01-15', scores: scores(), riskLevel: 'medium', protectionConcerns: ['neglect'] });

describe('AssessmentInput', () => {
  it('accepts a complete assessment, Khmer digits in scores included', () => {
    const input = valid();
    input.scores.shelter = { score: '២' as unknown as number, reason: 'Roof leaks' };
    const parsed = AssessmentInput.parse(input);
    expect(parsed.scores.shelter).toEqual({ score: 2, reason: 'Roof leaks' });
    expect(parsed.summary).toBe('');
  });
  it('requires a reason for every score, naming the domain', () => {
    const input = valid();
    input.scores.care = { score: 1, reason: ' ' };
    const issue = AssessmentInput.safeParse(input).error?.issues[0];
    expect(issue?.path).toEqual(['scores', 'care', 'reason']);
    expect(issue?.message).toBe('Reason for the care score is required');
  });
  it('refuses scores outside 1-4 and missing domains, naming them', () => {
    const input = valid();
    input.scores.education_work = { score: 5, reason: 'x' };
    delete input.scores.wellness;
    const issues = AssessmentInput.safeParse(input).error?.issues ?? [];
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(['scores.education_work.score', 'scores.wellness']);
    const messageAt = (path: string) => issues.find((i) => i.path.join('.') === path)?.message;
    expect(messageAt('scores.education_work.score')).toBe('Score for education_work must be at most 4');
    expect(messageAt('scores.wellness')).toBe('wellness: give a score from 1 to 4 and the reason for it');
  });
  it('refuses a protection concern that is not on the checklist', () => {
    const issue = AssessmentInput.safeParse({ ...valid(), protectionConcerns: ['bad_luck'] }).error?.issues[0];
    expect(issue?.message).toMatch(/^Protection concern: choose one of/);
  });
});
