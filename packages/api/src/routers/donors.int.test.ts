// Donors through the API: admins record gifts (receipt numbers never repeat, no future dates), a donor sees only
// their own gifts and receipts, the quarterly update is queued on publication for opted-in donors in their
// language, and the unsubscribe link works without signing in, for its own donor only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findUserForSignIn, schema, seedDemo } from '@kruosar/db';
import { createTestDatabase } from '@kruosar/db/testing';
import type { CurrentUser } from '@kruosar/domain';
import { supportersRouter } from '../portals/supporters';
import { createCallerFactory } from '../trpc';
import { makeUser, testContext, TEST_NOW } from '../testing';
import { failureOf, staffCaller } from './hive-testing';

const { db, cleanup } = createTestDatabase();
afterAll(cleanup);
const supporters = (user: CurrentUser | null) => createCallerFactory(supportersRouter)(testContext(db, 'supporters', user));
let admin: CurrentUser;
let analyst: CurrentUser;
let analyst2: CurrentUser;
let donor: CurrentUser;
let otherDonor: CurrentUser;
let programmeId = '';

beforeAll(async () => {
  await seedDemo(db, { children: 60, now: new Date(TEST_NOW), hashPassword: async () => 'unused' });
  const { passwordHash: _, ...demoAnalyst } = findUserForSignIn(db, 'analyst')!;
  analyst = demoAnalyst;
  analyst2 = makeUser(db, 'analyst');
  admin = makeUser(db, 'admin');
  donor = makeUser(db, 'donor');
  otherDonor = makeUser(db, 'donor');
  db.$client.prepare('update users set locale = ? where id = ?').run('km', otherDonor.id);
  programmeId = db.select().from(schema.programmes).all().find((p) => p.name === 'Mobile clinic (demo)')!.id;
}, 120_000);

describe('gifts', () => {
  let giftId = '';
  it('are recorded by an admin with a new receipt number each', async () => {
    const first = await staffCaller(db, admin).donors.recordGift({ donorId: donor.id, givenOn: '2026-11-20', amount: '125.50', currency: 'USD', programmeId, note: 'Cheque' });
    expect(first).toMatchObject({ amountMinor: 12550, currency: 'USD', programmeName: 'Mobile clinic (demo)', receiptNumber: 'R-2026-000003' });
    const second = await staffCaller(db, admin).donors.recordGift({ donorId: otherDonor.id, givenOn: '2026-11-21', amount: 100000, currency: 'KHR', programmeId });
    expect(second.receiptNumber).toBe('R-2026-000004');
    giftId = first.id;
    expect((await staffCaller(db, admin).donors.gifts({ donorId: donor.id })).map((g) => g.id)).toEqual([first.id]);
    expect((await staffCaller(db, admin).donors.list()).find((d) => d.id === donor.id)?.gifts).toBe(1);
  });

  it('refuse a future date, a non-donor, fractions of a riel, and other roles', async () => {
    expect(await failureOf(staffCaller(db, admin).donors.recordGift({ donorId: donor.id, givenOn: '2026-11-22', amount: 5, currency: 'USD', programmeId }))).toMatchObject({ messageKey: 'errors.giftDateFuture', field: 'givenOn' });
    expect(await failureOf(staffCaller(db, admin).donors.recordGift({ donorId: analyst.id, givenOn: '2026-11-20', amount: 5, currency: 'USD', programmeId }))).toMatchObject({ messageKey: 'errors.giftDonor' });
    expect(await failureOf(staffCaller(db, admin).donors.recordGift({ donorId: donor.id, givenOn: '2026-11-20', amount: 5.5, currency: 'KHR', programmeId }))).toMatchObject({ messageKey: 'errors.giftAmountWholeRiel' });
    expect((await failureOf(staffCaller(db, analyst).donors.recordGift({ donorId: donor.id, givenOn: '2026-11-20', amount: 5, currency: 'USD', programmeId }))).code).toBe('FORBIDDEN');
  });

  it('are seen by their own donor only, with programmes and receipts', async () => {
    const mine = await supporters(donor).giving.mine();
    expect(mine.gifts.map((g) => g.id)).toEqual([giftId]);
    expect(mine.gifts[0]).not.toHaveProperty('note');
    expect(mine.programmes).toEqual([expect.objectContaining({ name: 'Mobile clinic (demo)', totals: [{ currency: 'USD', amountMinor: 12550 }] })]);
    expect(await supporters(donor).giving.receipt({ giftId })).toMatchObject({ receiptNumber: 'R-2026-000003', organisation: 'Test organisation', issuedOn: '2026-11-21' });
    expect((await failureOf(supporters(otherDonor).giving.receipt({ giftId }))).code).toBe('NOT_FOUND');
    expect((await failureOf(supporters(null).giving.receipt({ giftId }))).code).toBe('UNAUTHORIZED');
  });

  it('shows the demo donor two demo gifts', async () => {
    const { passwordHash: _, ...demoDonor } = findUserForSignIn(db, 'donor')!;
    const mine = await supporters(demoDonor).giving.mine();
    expect(mine.gifts).toHaveLength(2);
    expect(mine.programmes.map((p) => p.name).sort()).toEqual(['Mobile clinic (demo)', 'Rottanak community centre (demo)']);
  });
});

describe('giving settings', () => {
  it('take an https giving page from an admin, shown to donors', async () => {
    expect(await failureOf(staffCaller(db, admin).donors.saveSettings({ givingPageUrl: 'http://example.org' }))).toMatchObject({ fieldErrors: { givingPageUrl: expect.any(String) } });
    await staffCaller(db, admin).donors.saveSettings({ givingPageUrl: 'https://example.org/give' });
    expect((await supporters(donor).giving.mine()).givingPageUrl).toBe('https://example.org/give');
  });
});

describe('quarterly update', () => {
  const outbox = () => db.select().from(schema.emailOutbox).all().filter((m) => m.kind === 'donor_quarterly_update');

  it('is opted into with an address, and queued on publication for opted-in donors in their language', async () => {
    expect((await failureOf(supporters(donor).giving.saveUpdates({ quarterlyUpdates: true, email: 'not-an-address' }))).fieldErrors).toHaveProperty('email');
    expect(await supporters(donor).giving.saveUpdates({ quarterlyUpdates: true, email: 'donor@example.org' })).toEqual({ quarterlyUpdates: true, email: 'donor@example.org' });
    await supporters(otherDonor).giving.saveUpdates({ quarterlyUpdates: true, email: 'km@example.org' });
    expect(outbox()).toHaveLength(0);

    const draft = await staffCaller(db, analyst).snapshots.build({ quarter: '2026-Q3' });
    const sent = await staffCaller(db, analyst).snapshots.submitForReview({ id: draft.id, expectedVersion: draft.version });
    const approved = await staffCaller(db, admin).snapshots.review({ id: draft.id, expectedVersion: sent.version, decision: 'approve', reason: '' });
    await staffCaller(db, analyst2).snapshots.publish({ id: draft.id, expectedVersion: approved.version });

    const mail = outbox();
    expect(mail.map((m) => m.toAddress).sort()).toEqual(['donor@example.org', 'km@example.org']);
    const en = mail.find((m) => m.toAddress === 'donor@example.org')!;
    expect(en.subject).toBe('Test organisation: update for 2026-Q3');
    expect(en.body).toMatch(/Stop these emails: \{portal\}\/supporters\/unsubscribe\?token=\S+/);
    expect(mail.find((m) => m.toAddress === 'km@example.org')!.subject).toContain('ត្រីមាស');
  }, 120_000);

  it('is stopped by the link without signing in, for its donor only; a forged link changes nothing', async () => {
    const body = outbox().find((m) => m.toAddress === 'donor@example.org')!.body;
    const token = decodeURIComponent(/token=(\S+)/.exec(body)![1]!);
    const forged = `${otherDonor.id}.${token.split('.')[1]}`;
    expect(await failureOf(supporters(null).giving.unsubscribe({ token: forged }))).toMatchObject({ messageKey: 'errors.unsubscribeLink' });
    expect(await failureOf(supporters(null).giving.unsubscribe({ token: `${token.slice(0, -2)}AA` }))).toMatchObject({ messageKey: 'errors.unsubscribeLink' });
    expect((await supporters(otherDonor).giving.updates()).quarterlyUpdates).toBe(true);

    expect(await supporters(null).giving.unsubscribe({ token })).toEqual({ ok: true });
    expect(await supporters(donor).giving.updates()).toEqual({ quarterlyUpdates: false, email: 'donor@example.org' });
    expect((await supporters(otherDonor).giving.updates()).quarterlyUpdates).toBe(true);
  });
});
