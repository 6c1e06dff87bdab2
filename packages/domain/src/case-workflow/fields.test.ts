import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { choiceField, dateField, optionalField, requiredField, wholeNumberField } from './fields';

const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message;

describe('field builders', () => {
  it('name the field in every message', () => {
    expect(messageOf(requiredField('provider', 10), undefined)).toBe('provider is required');
    expect(messageOf(requiredField('provider', 10), ' \u200b ')).toBe('provider is required');
    expect(messageOf(requiredField('provider', 3), 'abcd')).toBe('provider must be at most 3 characters');
    expect(messageOf(dateField('dueDate'), '2026-02-30')).toBe('dueDate is not a real date');
    expect(messageOf(dateField('dueDate'), '30/01/2026')).toBe('dueDate: use the date format yyyy-mm-dd');
    expect(dateField('dueDate').safeParse('30/01/2026').error?.issues).toHaveLength(1);
    expect(messageOf(dateField('dueDate'), undefined)).toMatch(/^dueDate is required/);
    expect(messageOf(choiceField('kind', ['a', 'b']), 'c')).toBe('kind: choose one of a, b');
    expect(messageOf(wholeNumberField('score', 1, 4), 5)).toBe('score must be at most 4');
  });
  it('clean what they accept', () => {
    expect(requiredField('notes', 50).parse('  សុខ\u200bសាន្ត ')).toBe('សុខសាន្ត');
    expect(optionalField('notes', 50).parse(undefined)).toBe('');
    expect(dateField('dueDate').parse('២០២៦-០៣-០៧')).toBe('2026-03-07');
    expect(wholeNumberField('score', 1, 4).parse('៣')).toBe(3);
  });
});
