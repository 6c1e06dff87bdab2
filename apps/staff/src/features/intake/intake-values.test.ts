import { describe, expect, it } from 'vitest';
import { blankIntake, startingMessage } from './intake-values';

describe('the message to the volunteer at intake from a hive need', () => {
  it('keeps the message typed at triage instead of the default text', () => {
    expect(startingMessage('A caseworker will visit this week.', 'Default')).toBe('A caseworker will visit this week.');
    expect(blankIntake(null, startingMessage('ទៅលេងសប្ដាហ៍នេះ', 'Default')).messageToVolunteer).toBe('ទៅលេងសប្ដាហ៍នេះ');
  });

  it('uses the default text only when nothing was typed', () => {
    expect(startingMessage('', 'Default')).toBe('Default');
    expect(startingMessage('   ', 'Default')).toBe('Default');
  });
});
