// Stories: pseudonym and province only, versioned edits, a second person's review, consent that expires and can be withdrawn.
import { afterAll, describe, expect, it } from 'vitest';
import { schema } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import type { CurrentUser } from '@kruosar/domain';
import { supportersRouter } from '../portals/supporters';
import { createCallerFactory } from '../trpc';
import { makeUser, testContext, TEST_NOW } from '../testing';
import { failureOf, seedGeography, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
seedGeography(db);
const caseworker = makeUser(db, 'caseworker', ['020303']);
const caseworker2 = makeUser(db, 'caseworker', ['020303']);
const supervisor = makeUser(db, 'supervisor', ['020303']);
const analyst = makeUser(db, 'analyst');
const publicCaller = (now = TEST_NOW) => createCallerFactory(supportersRouter)(testContext(db, 'supporters', null, now));
const staff = (user: CurrentUser, now = TEST_NOW) => staffCaller(db, user, now);

const story = (over: Record<string, unknown> = {}) => ({
  locale: 'en' as const,
  title: 'Back home with her grandmother',
  pseudonym: 'Bright Star',
  provinceCode: '02',
  body: 'After two years in a children’s centre, Bright Star now lives with her grandmother and goes to school.',
  guardianConsentOn: '2026-11-01',
  childConsentOn: '2026-11-01',
  consentExpiresOn: '2027-11-01',
  ...over,
});

async function publishedStory(writer = caseworker, reviewer = analyst) {
  const created = await staff(writer).stories.create(story());
  const sent = await staff(writer).stories.submitForReview({ id: created.id, expectedVersion: created.version });
  const approved = await staff(reviewer).stories.review({ id: sent.id, expectedVersion: sent.version, decision: 'approve', reason: '' });
  return staff(reviewer).stories.publish({ id: approved.id, expectedVersion: approved.version });
}

describe('stories', () => {
  it('refuses a place finer than a province, a photo, and a missing pseudonym', async () => {
    expect((await failureOf(staff(caseworker).stories.create(story({ provinceCode: '0203' })))).fieldErrors).toHaveProperty('provinceCode');
    expect((await failureOf(staff(caseworker).stories.create(story({ provinceCode: '020303' })))).fieldErrors).toHaveProperty('provinceCode');
    expect((await failureOf(staff(caseworker).stories.create({ ...story(), photo: 'data:image/jpeg;base64,AAAA' } as never))).code).toBe('BAD_REQUEST');
    expect((await failureOf(staff(caseworker).stories.create(story({ pseudonym: '  ' })))).fieldErrors).toHaveProperty('pseudonym');
    expect(await failureOf(staff(caseworker).stories.create(story({ provinceCode: '99' })))).toMatchObject({ messageKey: 'errors.storyProvince', field: 'provinceCode' });
    expect(await failureOf(staff(caseworker).stories.create(story({ consentExpiresOn: '2026-11-21' })))).toMatchObject({ messageKey: 'errors.storyConsentExpired' });
    const without = await staff(caseworker).stories.create(story({ provinceCode: null }));
    expect(without.current.provinceCode).toBeNull();
  });

  it('keeps every edit as a version and refuses a stale one', async () => {
    const created = await staff(caseworker).stories.create(story());
    const edited = await staff(caseworker).stories.update({ id: created.id, expectedVersion: created.version, input: story({ title: 'Home again' }) });
    expect(edited.versions.map((v) => [v.number, v.title])).toEqual([[2, 'Home again'], [1, 'Back home with her grandmother']]);
    expect((await failureOf(staff(caseworker).stories.update({ id: created.id, expectedVersion: created.version, input: story({ title: 'Lost edit' }) }))).code).toBe('CONFLICT');
    // A caseworker changes only their own stories.
    expect((await failureOf(staff(caseworker2).stories.update({ id: created.id, expectedVersion: edited.version, input: story() }))).code).toBe('FORBIDDEN');
  });

  it('needs a review by someone other than the author before publishing', async () => {
    const created = await staff(supervisor).stories.create(story());
    const sent = await staff(supervisor).stories.submitForReview({ id: created.id, expectedVersion: created.version });
    expect(await failureOf(staff(supervisor).stories.review({ id: sent.id, expectedVersion: sent.version, decision: 'approve', reason: '' }))).toMatchObject({ code: 'FORBIDDEN', messageKey: 'errors.selfReview' });
    expect(await failureOf(staff(analyst).stories.publish({ id: sent.id, expectedVersion: sent.version }))).toMatchObject({ messageKey: 'errors.storyState' });
    const returned = await staff(analyst).stories.review({ id: sent.id, expectedVersion: sent.version, decision: 'return', reason: 'Remove the school name' });
    expect(returned).toMatchObject({ status: 'draft', returnReason: 'Remove the school name' });
    expect(await publicCaller().stories.published()).not.toContainEqual(expect.objectContaining({ id: created.id }));
  });

  it('shows a published story publicly with its reviewed text, and takes it down when edited until reviewed again', async () => {
    const published = await publishedStory();
    expect(published).toMatchObject({ status: 'published', live: true, reviewedVersionNumber: 1 });
    const shown = (await publicCaller().stories.published()).find((s) => s.id === published.id)!;
    expect(shown).toEqual({ id: published.id, locale: 'en', title: story().title, pseudonym: 'Bright Star', provinceCode: '02', provinceNameKm: 'បាត់ដំបង', provinceNameLatin: 'Battambang', body: story().body, publishedAt: TEST_NOW.slice(0, 10) });
    await staff(caseworker).stories.update({ id: published.id, expectedVersion: published.version, input: story({ body: 'Unreviewed text' }) });
    expect((await publicCaller().stories.published()).map((s) => s.id)).not.toContain(published.id);
  });

  it('leaves the public page when consent expires, checked on every read', async () => {
    const published = await publishedStory();
    const ids = async (now: string) => (await publicCaller(now).stories.published()).map((s) => s.id);
    expect(await ids('2027-10-31T10:00:00.000Z')).toContain(published.id);
    // 2027-11-01 is the last day; in Cambodia (UTC+7) 2027-11-01T17:30Z is already 2 November.
    expect(await ids('2027-11-01T16:00:00.000Z')).toContain(published.id);
    expect(await ids('2027-11-01T17:30:00.000Z')).not.toContain(published.id);
    expect(await failureOf(staff(analyst, '2027-12-01T00:00:00.000Z').stories.publish({ id: published.id, expectedVersion: published.version }))).toMatchObject({ messageKey: 'errors.storyState' });
  });

  it('unpublishes at once when consent is withdrawn, by any member of staff, whatever the version', async () => {
    const published = await publishedStory();
    await staff(caseworker2).stories.update({ id: published.id, expectedVersion: published.version, input: story() }).catch(() => undefined);
    const withdrawn = await staff(analyst).stories.withdrawConsent({ id: published.id });
    expect(withdrawn).toMatchObject({ status: 'withdrawn', live: false, consentWithdrawnAt: TEST_NOW });
    expect((await publicCaller().stories.published()).map((s) => s.id)).not.toContain(published.id);
    expect(await failureOf(staff(caseworker).stories.update({ id: published.id, expectedVersion: withdrawn.version, input: story() }))).toMatchObject({ messageKey: 'errors.storyWithdrawn' });
    const audit = db.select().from(schema.auditLog).all().filter((a) => a.entityId === published.id).map((a) => a.action);
    expect(audit).toEqual(['story.create', 'story.submit', 'story.approve', 'story.publish', 'story.withdrawConsent']);
  });
});
