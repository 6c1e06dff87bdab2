// Maps zod validation issues to translated field messages: the domain's own messages are English.
import type { z } from 'zod';

export type FieldMessage = { key: 'errors:field.required' | 'errors:field.choose' | 'errors:field.tooLong' | 'errors:field.tooLongMax' | 'errors:field.invalid'; max?: number };

export function fieldMessageOfIssue(issue: z.core.$ZodIssue): FieldMessage {
  switch (issue.code) {
    case 'too_small':
      return { key: issue.origin === 'string' || issue.origin === 'array' ? 'errors:field.required' : 'errors:field.invalid' };
    case 'too_big':
      return issue.origin === 'string' ? { key: 'errors:field.tooLongMax', max: Number(issue.maximum) } : { key: 'errors:field.invalid' };
    case 'invalid_value':
      return { key: 'errors:field.choose' };
    case 'invalid_type':
      return { key: issue.input === undefined || issue.input === '' ? 'errors:field.required' : 'errors:field.invalid' };
    default:
      return { key: 'errors:field.invalid' };
  }
}

/** The first issue of each field, by dotted path. */
export function fieldMessagesOf(error: z.ZodError): Record<string, FieldMessage> {
  const out: Record<string, FieldMessage> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in out)) out[path] = fieldMessageOfIssue(issue);
  }
  return out;
}

/** For react-hook-form, whose error keeps only the issue code as `type`. */
export function fieldMessageOfType(type: string | number | undefined): FieldMessage {
  if (type === 'too_small' || type === 'required') return { key: 'errors:field.required' };
  if (type === 'too_big' || type === 'maxLength') return { key: 'errors:field.tooLong' };
  if (type === 'invalid_value') return { key: 'errors:field.choose' };
  return { key: 'errors:field.invalid' };
}
