// Story checks: a story naming a child from the records cannot go to review until changed or overruled by a reviewer.
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import { makeUser, TEST_NOW } from '../testing';
import { failureOf, seedGeography, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
seedGeography(db);
const at = new Date(TEST_NOW).toISOString();
db.insert(schema.children)
  .values({ id: 'child-1', givenNameKm: 'ស្រីពៅ', familyNameKm: 'ចាន់', givenNameLatin: 'Sreypov (demo)', familyNameLatin: 'Chan', searchText: 'chan sreypov', sex: 'female', dateOfBirth: '2015-03-01', disability: 'none', schoolStatus: 'enrolled', birthRegistration: 'registered', createdAt: at, updatedAt: at } as typeof schema.children.$inferInsert)
  .run();
const caseworker = makeUser(db, 'caseworker', ['020303']);
const supervisor = makeUser(db, 'supervisor', ['020303']);
const staff = (user: typeof caseworker) => staffCaller(db, user);

const story = (body: string) => ({
  locale: 'en' as const,
  title: 'Home again',
  pseudonym: 'Bright Star',
  provinceCode: '02',
  body,
  guardianConsentOn: '2026-11-01',
  childConsentOn: '2026-11-01',
  consentExpiresOn: '2027-11-01',
});

describe('story checks', () => {
  it('finds a child\'s name from the records, spelt differently, and refuses to send the story for review', async () => {
    const created = await staff(caseworker).stories.create(story('Chan Srey Pov now lives with her aunt.'));
    const check = await staff(caseworker).stories.checks({ id: created.id });
    expect(check.findings.map((f) => [f.kind, f.text, f.role])).toEqual([['person_name', 'Chan Srey Pov', 'child']]);
    expect(await failureOf(staff(caseworker).stories.submitForReview({ id: created.id, expectedVersion: created.version }))).toMatchObject({ messageKey: 'errors.storyChecksOpen' });
    // Changed: the check passes and the story goes to review.
    const edited = await staff(caseworker).stories.update({ id: created.id, expectedVersion: created.version, input: story('Bright Star now lives with her aunt.') });
    expect((await staff(caseworker).stories.checks({ id: created.id })).open).toBe(0);
    expect((await staff(caseworker).stories.submitForReview({ id: created.id, expectedVersion: edited.version })).status).toBe('in_review');
  });

  it('lets a reviewer, not the author, overrule a finding with a reason, audited', async () => {
    const created = await staff(caseworker).stories.create(story('She grew up near Ou Mal and loves football.'));
    const [finding] = (await staff(caseworker).stories.checks({ id: created.id })).findings;
    expect(finding).toMatchObject({ kind: 'place', text: 'Ou Mal' });
    expect((await failureOf(staff(caseworker).stories.overruleFinding({ storyId: created.id, findingKey: finding!.key, reason: 'Fine' }))).code).toBe('FORBIDDEN');
    expect((await failureOf(staff(supervisor).stories.overruleFinding({ storyId: created.id, findingKey: finding!.key, reason: ' ' }))).fieldErrors).toHaveProperty('reason');
    const after = await staff(supervisor).stories.overruleFinding({ storyId: created.id, findingKey: finding!.key, reason: 'A large quarter of the city; nobody can be found from it.' });
    expect(after).toMatchObject({ open: 0, findings: [{ overrule: { reason: 'A large quarter of the city; nobody can be found from it.' } }] });
    expect((await staff(caseworker).stories.submitForReview({ id: created.id, expectedVersion: created.version })).status).toBe('in_review');
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.action === 'story.check.overrule');
    expect(audit).toHaveLength(1);
  });
});
