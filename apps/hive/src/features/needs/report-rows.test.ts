import { describe, expect, it } from 'vitest';
import type { VolunteerNeed } from '@kruosar/domain';
import type { QueuedNeed } from '../outbox/queued-need';
import { reportRows } from './report-rows';

const server = (id: string, reportedAt: string, status: VolunteerNeed['status'] = 'received'): VolunteerNeed => ({
  id,
  villageCode: '02030301',
  villageName: 'Village',
  category: 'food',
  urgency: 'soon',
  phonedIn: false,
  version: 0,
  description: `server ${id}`,
  status,
  messageToVolunteer: status === 'resolved' ? 'Done, thank you' : '',
  reportedAt,
  receivedAt: reportedAt,
});

const phone = (id: string, reportedAt: string, delivery: QueuedNeed['delivery']): QueuedNeed => ({
  id,
  ownerId: 'u1',
  input: { id, villageCode: '02030301', category: 'school', urgency: 'urgent', description: `phone ${id}`, contactName: '', contactPhone: '', consentToContact: false, reportedAt },
  villageName: 'Phum',
  delivery,
  savedAt: reportedAt,
  attempts: 0,
  lastTriedAt: null,
  failure: null,
});

describe('reportRows', () => {
  it('lists each need once: the server copy wins over a sent phone copy', () => {
    const rows = reportRows([server('a', '2026-11-20T00:00:00Z', 'resolved')], [phone('a', '2026-11-20T00:00:00Z', 'sent')]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'a', delivery: null, status: 'resolved', messageToVolunteer: 'Done, thank you', description: 'server a' });
  });

  it('puts refused needs first, then those on their way, then the server list newest first', () => {
    const rows = reportRows(
      [server('old', '2026-11-01T00:00:00Z'), server('new', '2026-11-19T00:00:00Z')],
      [phone('w', '2026-11-10T00:00:00Z', 'waiting'), phone('r', '2026-11-05T00:00:00Z', 'refused'), phone('s', '2026-11-21T00:00:00Z', 'sent')],
    );
    expect(rows.map((r) => [r.id, r.delivery ?? r.status])).toEqual([
      ['r', 'refused'],
      ['s', 'sent'],
      ['w', 'waiting'],
      ['new', 'received'],
      ['old', 'received'],
    ]);
  });

  it('shows a refused phone copy beside the server need of the same id (another version of it)', () => {
    const rows = reportRows([server('a', '2026-11-20T00:00:00Z')], [phone('a', '2026-11-20T00:00:00Z', 'refused')]);
    expect(rows.map((r) => r.delivery ?? r.status)).toEqual(['refused', 'received']);
    expect(rows[0]!.queued?.id).toBe('a');
  });
});
