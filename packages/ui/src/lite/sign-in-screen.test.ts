import { describe, expect, it } from 'vitest';
import { SignInInput } from '@kruosar/domain';
import { checkSignIn } from './sign-in-screen';

describe('checkSignIn (hive, without zod)', () => {
  it('asks for both fields', () => {
    expect(checkSignIn({ username: '', password: '' })).toEqual({ username: { key: 'errors:field.required' }, password: { key: 'errors:field.required' } });
  });
  it('lets through exactly what the domain schema accepts for filled-in fields', () => {
    const input = { username: 'hive', password: 'kruosar-demo' };
    expect(checkSignIn(input)).toEqual({});
    expect(SignInInput.parse(input)).toEqual(input);
  });
});
