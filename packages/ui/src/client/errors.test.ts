import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { describeError, errorMessage, fieldMessageKey, isClientMistake } from './errors';

const serverError = (data: unknown) => Object.assign(new TRPCClientError('failed'), { data });

describe('describeError', () => {
  it('uses the message key the server sent, with its code as the fallback', () => {
    const error = serverError({ code: 'UNAUTHORIZED', messageKey: 'errors.invalidCredentials', fieldErrors: null });
    expect(describeError(error)).toEqual({ messageKey: 'errors:invalidCredentials', fallbackKey: 'errors:unauthenticated', code: 'UNAUTHORIZED', fieldErrors: null });
    expect(describeError(serverError({ code: 'BAD_REQUEST', messageKey: 'errors.disclosure.village' })).messageKey).toBe('errors:disclosure.village');
  });
  it('falls back to the code when the key is missing or malformed', () => {
    expect(describeError(serverError({ code: 'CONFLICT' })).messageKey).toBe('errors:conflict');
    expect(describeError(serverError({ code: 'FORBIDDEN', messageKey: 'Not a key' })).messageKey).toBe('errors:forbidden');
    expect(describeError(serverError({ code: 'INTERNAL_SERVER_ERROR' })).messageKey).toBe('errors:unexpected');
  });
  it('keeps field errors by path', () => {
    const error = serverError({ code: 'BAD_REQUEST', messageKey: 'errors.invalid', fieldErrors: { 'household.villageCode': 'errors.unknownVillage', n: 3 } });
    expect(describeError(error).fieldErrors).toEqual({ 'household.villageCode': 'errors.unknownVillage' });
  });

  it('prefers the per-field i18n keys over the English field messages', () => {
    const error = serverError({
      code: 'BAD_REQUEST',
      messageKey: 'errors.invalid',
      fieldErrors: { 'child.dateOfBirth': 'Date of birth is required', summary: 'Summary must be at most 4000 characters' },
      fieldErrorKeys: { 'child.dateOfBirth': 'errors.field.required' },
    });
    expect(describeError(error).fieldErrors).toEqual({ 'child.dateOfBirth': 'errors.field.required', summary: 'Summary must be at most 4000 characters' });
  });
  it('calls a failure without a tRPC answer a network problem', () => {
    expect(describeError(new TRPCClientError('Failed to fetch')).messageKey).toBe('errors:network');
    expect(describeError(new Error('boom')).messageKey).toBe('errors:unexpected');
  });
  it('knows which failures a retry cannot fix', () => {
    expect(isClientMistake(serverError({ code: 'FORBIDDEN' }))).toBe(true);
    expect(isClientMistake(serverError({ code: 'INTERNAL_SERVER_ERROR' }))).toBe(false);
    expect(isClientMistake(new TRPCClientError('Failed to fetch'))).toBe(false);
  });
});

describe('errorMessage', () => {
  const strings: Record<string, string> = { 'errors:conflict': 'Changed by someone else', 'errors:forbidden': 'Not for your role' };
  const i18n = { exists: (key: string) => key in strings, t: (key: string) => strings[key] ?? key };
  it("says the server's message when this portal ships it, else the code's", () => {
    expect(errorMessage(serverError({ code: 'CONFLICT', messageKey: 'errors.conflict' }), i18n)).toBe('Changed by someone else');
    expect(errorMessage(serverError({ code: 'FORBIDDEN', messageKey: 'errors.storyState' }), i18n)).toBe('Not for your role');
  });
});

describe('fieldMessageKey', () => {
  it('recognises i18n keys and leaves plain text alone', () => {
    expect(fieldMessageKey('errors.field.required')).toBe('errors:field.required');
    expect(fieldMessageKey('A village code has 8 digits')).toBeNull();
  });
});
