import { describe, expect, it } from 'vitest';
import type { VolunteerNeed } from '@kruosar/domain';
import { seenNow, unseenReplies } from './replies';

const need = (id: string, status: VolunteerNeed['status'], messageToVolunteer = ''): VolunteerNeed => ({
  id,
  villageCode: '02030301',
  villageName: 'ភូមិ',
  category: 'food',
  urgency: 'soon',
  phonedIn: false,
  version: 0,
  description: 'x',
  status,
  messageToVolunteer,
  reportedAt: '2026-01-01T00:00:00.000Z',
  receivedAt: '2026-01-01T00:00:00.000Z',
});

describe('new replies from the team', () => {
  it('counts nothing before a first baseline, then each changed status or message once', () => {
    const before = [need('a', 'received'), need('b', 'resolved', 'done')];
    expect(unseenReplies(before, null).size).toBe(0);
    const seen = seenNow(before);
    expect([...unseenReplies(before, seen)]).toEqual([]);
    const after = [need('a', 'referred', 'sent to the clinic'), need('b', 'resolved', 'done'), need('c', 'received')];
    expect([...unseenReplies(after, seen)]).toEqual(['a']);
    const messageChanged = [need('a', 'referred', 'sent to the clinic'), need('b', 'resolved', 'done, thank you')];
    expect([...unseenReplies(messageChanged, seenNow(after))]).toEqual(['b']);
  });

  it('does not call a need that is only received a reply', () => {
    expect(seenNow([need('a', 'received')])).toEqual({});
    expect(unseenReplies([need('a', 'received')], {}).size).toBe(0);
  });
});
