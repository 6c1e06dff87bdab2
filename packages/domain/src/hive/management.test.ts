import { describe, expect, it } from 'vitest';
import { CommitteeMemberInput, HiveMeetingInput, HiveVolunteerInput, isHiveVolunteerTrained } from './management';

describe('CommitteeMemberInput', () => {
  it('takes a member with a phone typed in Khmer digits, or no phone', () => {
    const member = CommitteeMemberInput.parse({ communeCode: '020304', name: ' ចាន់ ធី ', committeeRole: 'chair', phone: '០១២ ៣៤៥ ៦៧៨' });
    expect(member).toEqual({ communeCode: '020304', name: 'ចាន់ ធី', committeeRole: 'chair', phone: '012 345 678' });
    expect(CommitteeMemberInput.parse({ communeCode: '020304', name: 'Chan Thy', committeeRole: 'member' }).phone).toBe('');
  });
  it('refuses a missing name, an unknown role, or a phone that is not a number', () => {
    const ok = { communeCode: '020304', name: 'Chan Thy', committeeRole: 'member' };
    expect(CommitteeMemberInput.safeParse({ ...ok, name: ' \u200b ' }).success).toBe(false);
    expect(CommitteeMemberInput.safeParse({ ...ok, committeeRole: 'king' }).success).toBe(false);
    expect(CommitteeMemberInput.safeParse({ ...ok, phone: 'call the chief' }).success).toBe(false);
    expect(CommitteeMemberInput.safeParse({ ...ok, phone: '012 34' }).success).toBe(false);
    expect(CommitteeMemberInput.safeParse({ ...ok, communeCode: '0203' }).success).toBe(false);
    expect(CommitteeMemberInput.safeParse({ ...ok, phone: '+855 (12) 345-678' }).success).toBe(true);
  });
});

describe('HiveVolunteerInput', () => {
  it('takes trainings with dates typed in Khmer digits, and knows when a volunteer is trained', () => {
    const volunteer = HiveVolunteerInput.parse({
      communeCode: '020304',
      name: 'Sok Dara',
      trainings: [
        { topic: 'child_protection_basics', completedOn: '២០២៦-០១-១៥' },
        { topic: 'safeguarding_code_of_conduct', completedOn: '2026-01-16' },
      ],
    });
    expect(volunteer.trainings[0]).toEqual({ topic: 'child_protection_basics', completedOn: '2026-01-15', note: '' });
    expect(isHiveVolunteerTrained(volunteer)).toBe(false);
    expect(isHiveVolunteerTrained({ trainings: [...volunteer.trainings, { topic: 'need_reporting' }] })).toBe(true);
    expect(HiveVolunteerInput.safeParse({ communeCode: '020304', name: 'Sok Dara', trainings: [{ topic: 'need_reporting', completedOn: '2026-13-01' }] }).success).toBe(false);
  });
});

describe('HiveMeetingInput', () => {
  it('takes a meeting with attendees typed in Khmer digits and its decisions', () => {
    const meeting = HiveMeetingInput.parse({ communeCode: '020304', heldOn: '2026-03-01', attendeesCount: '១៥', decisions: ['Visit the three families'] });
    expect(meeting).toEqual({ communeCode: '020304', heldOn: '2026-03-01', attendeesCount: 15, notes: '', decisions: ['Visit the three families'] });
  });
  it('refuses an empty or negative attendance, a bad date and an empty decision', () => {
    const ok = { communeCode: '020304', heldOn: '2026-03-01', attendeesCount: 12 };
    expect(HiveMeetingInput.safeParse({ ...ok, attendeesCount: '' }).success).toBe(false);
    expect(HiveMeetingInput.safeParse({ ...ok, attendeesCount: -3 }).success).toBe(false);
    expect(HiveMeetingInput.safeParse({ ...ok, attendeesCount: '1.5' }).success).toBe(false);
    expect(HiveMeetingInput.safeParse({ ...ok, heldOn: '01/03/2026' }).success).toBe(false);
    expect(HiveMeetingInput.safeParse({ ...ok, decisions: ['  '] }).success).toBe(false);
  });
});
