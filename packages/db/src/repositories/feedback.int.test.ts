// Feedback on a real SQLite file: a complaint about staff is stored once per phone-made id and reaches only
// safeguarding leads; the demo's complaint is answered and closed.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../testing';
import { users } from '../schema/index';
import { createUser } from './users';
import { findVoiceWork, listFeedback, submitHiveFeedback } from './feedback';
import { seedDemoFeedback, DEMO_COMPLAINT_ID } from '../seed/demo-feedback';
import { demoCommuneCodes } from '../seed/battambang';

const now = new Date('2026-11-21T09:00:00Z');

describe('feedback repository', () => {
  it('shows a complaint about staff to safeguarding leads only, and counts it overdue after 14 days', () => {
    const { db, cleanup } = createTestDatabase();
    try {
      const make = (username: string, role: 'caseworker' | 'supervisor' | 'hive_volunteer') => createUser(db, { username, displayName: username, role, locale: 'en', communeCodes: ['020303'], passwordHash: 'x' }, now);
      const volunteer = make('hive.v', 'hive_volunteer');
      const caseworker = make('cw.one', 'caseworker');
      const lead = make('lead.one', 'supervisor');
      db.update(users).set({ safeguardingLead: true }).where(eq(users.id, lead.id)).run();
      const input = { id: '6f1c3a52-2f0e-4a57-9b1a-0c1d2e3f4a5b', kind: 'complaint_about_staff' as const, from: 'child' as const, words: 'He shouted', concerns: 'A caseworker', answerWay: 'visit' as const, contactConsent: false, contact: '' };
      expect(submitHiveFeedback(db, { volunteerId: volunteer.id, volunteerCommunes: ['020303'], input, portal: 'hive', now }).alreadyReceived).toBe(false);
      expect(submitHiveFeedback(db, { volunteerId: volunteer.id, volunteerCommunes: ['020303'], input, portal: 'hive', now }).alreadyReceived).toBe(true);
      const work = (actor: { id: string; role: 'caseworker' | 'supervisor' }, at = now) => ({ actor: { id: actor.id, role: actor.role, communeCodes: ['020303'] }, portal: 'staff', now: at });
      expect(listFeedback(db, work({ id: caseworker.id, role: 'caseworker' }), { status: null })).toEqual([]);
      expect(listFeedback(db, work({ id: lead.id, role: 'supervisor' }), { status: null }).map((f) => f.id)).toEqual([input.id]);
      const later = new Date('2026-12-06T09:00:00Z');
      expect(findVoiceWork(db, work({ id: lead.id, role: 'supervisor' }, later)).overdueFeedback.map((f) => f.id)).toEqual([input.id]);
      expect(findVoiceWork(db, work({ id: lead.id, role: 'supervisor' })).overdueFeedback).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('seeds one answered and closed demo complaint, once', () => {
    const { db, cleanup } = createTestDatabase();
    try {
      const hive = createUser(db, { username: 'hive', displayName: 'Hive (demo)', role: 'hive_volunteer', locale: 'km', communeCodes: [], passwordHash: 'x' }, now);
      const sup = createUser(db, { username: 'supervisor', displayName: 'Sup (demo)', role: 'supervisor', locale: 'en', communeCodes: [], passwordHash: 'x' }, now);
      const ids = new Map([['hive', hive.id], ['supervisor', sup.id]]);
      expect(seedDemoFeedback(db, { now, userIds: ids })).toBe(1);
      expect(seedDemoFeedback(db, { now, userIds: ids })).toBe(0);
      const [complaint] = listFeedback(db, { actor: { id: sup.id, role: 'supervisor', communeCodes: [demoCommuneCodes[0]!] }, portal: 'staff', now }, { status: null });
      expect(complaint).toMatchObject({ id: DEMO_COMPLAINT_ID, kind: 'complaint', status: 'closed', answeredByName: 'Sup (demo)' });
      expect(complaint!.answer).toContain('(demo)');
    } finally {
      cleanup();
    }
  });
});
