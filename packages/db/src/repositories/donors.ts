// Donors: gifts recorded by staff, each with a receipt number that is never reused; a donor's own giving; the giving
// settings; the quarterly update mail queued when a snapshot is published, with a signed unsubscribe link.
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import {
  assertGiftDate,
  cambodiaToday,
  invalid,
  notFound,
  quarterlyUpdateMail,
  receiptNumberOf,
  toMinorUnits,
  type Donor,
  type DonorUpdates,
  type DonorUpdatesInput,
  type Gift,
  type GiftCurrency,
  type GiftInputParsed,
  type GivingSettings,
  type MyGift,
} from '@kruosar/domain';
import type { Db } from '../client';
import { inTransaction } from '../client';
import { donorPreferences, gifts, givingSettings, programmes, users } from '../schema/index';
import { appendAudit } from './audit';
import type { Work } from './case-workflow';
import { enqueueEmail } from './email-outbox';

const SETTINGS_ID = 'giving';
const recorder = alias(users, 'recorder');

const giftSelect = {
  id: gifts.id,
  receiptNumber: gifts.receiptNumber,
  donorId: gifts.donorId,
  donorName: users.displayName,
  givenOn: gifts.givenOn,
  amountMinor: gifts.amountMinor,
  currency: gifts.currency,
  programmeId: gifts.programmeId,
  programmeName: programmes.name,
  note: gifts.note,
  recordedByName: recorder.displayName,
  createdAt: gifts.createdAt,
};

function giftQuery(db: Db) {
  return db
    .select(giftSelect)
    .from(gifts)
    .innerJoin(users, eq(users.id, gifts.donorId))
    .innerJoin(programmes, eq(programmes.id, gifts.programmeId))
    .innerJoin(recorder, eq(recorder.id, gifts.recordedById));
}

/** Donor accounts (live ones) with how many gifts each has, for the staff screen's choice of donor. */
export function listDonors(db: Db): Donor[] {
  return db
    .select({ id: users.id, displayName: users.displayName, username: users.username, gifts: sql<number>`(select count(*) from gifts g where g.donor_id = "users"."id")` })
    .from(users)
    .where(and(eq(users.role, 'donor'), isNull(users.archivedAt)))
    .orderBy(asc(users.displayName))
    .all();
}

/** Gifts, newest first, of one donor or of everyone (the finance view). */
export function listGifts(db: Db, params: { donorId?: string | undefined }): Gift[] {
  const q = giftQuery(db);
  return (params.donorId ? q.where(eq(gifts.donorId, params.donorId)) : q).orderBy(desc(gifts.givenOn), desc(gifts.receiptSerial)).limit(500).all();
}

export function recordGift(db: Db, w: Work, input: GiftInputParsed): Gift {
  assertGiftDate(input.givenOn, cambodiaToday(w.now));
  const amountMinor = toMinorUnits(input.amount, input.currency);
  const id = randomUUID();
  inTransaction(db, (tx) => {
    const donor = tx.select({ role: users.role, archivedAt: users.archivedAt }).from(users).where(eq(users.id, input.donorId)).get();
    if (!donor || donor.role !== 'donor' || donor.archivedAt) throw invalid('donorId', 'Choose a donor account', 'errors.giftDonor');
    const programme = tx.select({ archivedAt: programmes.archivedAt }).from(programmes).where(eq(programmes.id, input.programmeId)).get();
    if (!programme || programme.archivedAt) throw invalid('programmeId', 'Choose a current programme', 'errors.giftProgramme');
    // Inside the write transaction (BEGIN IMMEDIATE): no one else can take the same number meanwhile.
    const serial = (tx.select({ max: sql<number | null>`max(${gifts.receiptSerial})` }).from(gifts).get()?.max ?? 0) + 1;
    const receiptNumber = receiptNumberOf(input.givenOn, serial);
    const at = w.now.toISOString();
    tx.insert(gifts)
      .values({ id, receiptSerial: serial, receiptNumber, donorId: input.donorId, givenOn: input.givenOn, amountMinor, currency: input.currency, programmeId: input.programmeId, note: input.note, recordedById: w.actor.id, createdAt: at, updatedAt: at })
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'gift.record', entity: 'gift', entityId: id, detail: { receiptNumber, donorId: input.donorId, amountMinor, currency: input.currency } }, w.now);
  });
  return giftQuery(db).where(eq(gifts.id, id)).get()!;
}

export type SupportedProgramme = { id: string; name: string; kind: string; description: string; totals: { currency: GiftCurrency; amountMinor: number }[]; lastGivenOn: string };
export type MyGiving = { gifts: MyGift[]; programmes: SupportedProgramme[]; givingPageUrl: string };

/** What a donor sees of their own giving: their gifts and the programmes those went to (public facts only). */
export function findMyGiving(db: Db, donorId: string): MyGiving {
  const mine = db
    .select({ id: gifts.id, receiptNumber: gifts.receiptNumber, givenOn: gifts.givenOn, amountMinor: gifts.amountMinor, currency: gifts.currency, programmeId: gifts.programmeId, programmeName: programmes.name })
    .from(gifts)
    .innerJoin(programmes, eq(programmes.id, gifts.programmeId))
    .where(eq(gifts.donorId, donorId))
    .orderBy(desc(gifts.givenOn), desc(gifts.receiptSerial))
    .all();
  const byProgramme = new Map<string, SupportedProgramme>();
  for (const g of mine) {
    let p = byProgramme.get(g.programmeId);
    if (!p) {
      const row = db.select({ kind: programmes.kind, description: programmes.description }).from(programmes).where(eq(programmes.id, g.programmeId)).get()!;
      p = { id: g.programmeId, name: g.programmeName, kind: row.kind, description: row.description, totals: [], lastGivenOn: g.givenOn };
      byProgramme.set(g.programmeId, p);
    }
    const total = p.totals.find((t) => t.currency === g.currency);
    if (total) total.amountMinor += g.amountMinor;
    else p.totals.push({ currency: g.currency, amountMinor: g.amountMinor });
  }
  return { gifts: mine, programmes: [...byProgramme.values()], givingPageUrl: findGivingSettings(db).givingPageUrl };
}

export type Receipt = MyGift & { donorName: string; issuedOn: string };

/** One receipt, only ever the asking donor's own: someone else's gift reads as not found, as an unknown one does. */
export function findMyReceipt(db: Db, params: { donorId: string; giftId: string }): Receipt {
  const row = db
    .select({ id: gifts.id, receiptNumber: gifts.receiptNumber, givenOn: gifts.givenOn, amountMinor: gifts.amountMinor, currency: gifts.currency, programmeId: gifts.programmeId, programmeName: programmes.name, donorName: users.displayName, createdAt: gifts.createdAt })
    .from(gifts)
    .innerJoin(programmes, eq(programmes.id, gifts.programmeId))
    .innerJoin(users, eq(users.id, gifts.donorId))
    .where(and(eq(gifts.id, params.giftId), eq(gifts.donorId, params.donorId)))
    .get();
  if (!row) throw notFound('Receipt');
  const { createdAt, ...rest } = row;
  return { ...rest, issuedOn: cambodiaToday(new Date(createdAt)) };
}

function settingsRow(db: Db) {
  return db.select().from(givingSettings).where(eq(givingSettings.id, SETTINGS_ID)).get();
}

export function findGivingSettings(db: Db): GivingSettings {
  const row = settingsRow(db);
  return { givingPageUrl: row?.givingPageUrl ?? '', updatedAt: row?.updatedAt ?? null };
}

export function saveGivingSettings(db: Db, w: Work, input: { givingPageUrl: string }): GivingSettings {
  inTransaction(db, (tx) => {
    const at = w.now.toISOString();
    tx.insert(givingSettings)
      .values({ id: SETTINGS_ID, givingPageUrl: input.givingPageUrl, unsubscribeSecret: newSecret(), updatedAt: at, updatedById: w.actor.id })
      .onConflictDoUpdate({ target: givingSettings.id, set: { givingPageUrl: input.givingPageUrl, updatedAt: at, updatedById: w.actor.id } })
      .run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'giving.settings', entity: 'giving_settings', entityId: SETTINGS_ID, detail: { givingPageUrl: input.givingPageUrl } }, w.now);
  });
  return findGivingSettings(db);
}

const newSecret = () => randomBytes(32).toString('hex');

/** The signing secret, made on first use (inside the caller's transaction when there is one). */
function unsubscribeSecret(db: Db): Buffer {
  const existing = settingsRow(db);
  if (existing) return Buffer.from(existing.unsubscribeSecret, 'hex');
  db.insert(givingSettings).values({ id: SETTINGS_ID, unsubscribeSecret: newSecret() }).onConflictDoNothing().run();
  return Buffer.from(settingsRow(db)!.unsubscribeSecret, 'hex');
}

const signatureOf = (secret: Buffer, userId: string) => createHmac('sha256', secret).update(`kruosar unsubscribe\u001f${userId}`).digest('base64url');

/** `<user id>.<signature>`: works without signing in, and only for the person it was made for. */
export function unsubscribeToken(db: Db, userId: string): string {
  return `${userId}.${signatureOf(unsubscribeSecret(db), userId)}`;
}

/** Turn the quarterly update off for the token's donor. A token that does not verify changes nothing. */
export function unsubscribeByToken(db: Db, params: { token: string; now: Date }): { ok: true } {
  const dot = params.token.lastIndexOf('.');
  const userId = params.token.slice(0, dot);
  const given = Buffer.from(params.token.slice(dot + 1));
  const bad = () => invalid('token', 'This unsubscribe link is not valid; sign in and change the setting on your account page.', 'errors.unsubscribeLink');
  if (dot <= 0) throw bad();
  const row = settingsRow(db);
  if (!row) throw bad();
  const expected = Buffer.from(signatureOf(Buffer.from(row.unsubscribeSecret, 'hex'), userId));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw bad();
  inTransaction(db, (tx) => {
    const changed = tx.update(donorPreferences).set({ quarterlyUpdates: false, updatedAt: params.now.toISOString() }).where(and(eq(donorPreferences.userId, userId), eq(donorPreferences.quarterlyUpdates, true))).run();
    if (changed.changes > 0) appendAudit(tx, { actorId: userId, portal: 'supporters', action: 'donor.unsubscribe', entity: 'donor_preferences', entityId: userId, detail: { by: 'link' } }, params.now);
  });
  return { ok: true };
}

export function findDonorUpdates(db: Db, userId: string): DonorUpdates {
  const row = db.select().from(donorPreferences).where(eq(donorPreferences.userId, userId)).get();
  return { quarterlyUpdates: row?.quarterlyUpdates ?? false, email: row?.email ?? '' };
}

export function saveDonorUpdates(db: Db, w: Work, input: DonorUpdatesInput): DonorUpdates {
  const email = input.email ?? '';
  inTransaction(db, (tx) => {
    const at = w.now.toISOString();
    const set = input.quarterlyUpdates ? { email, quarterlyUpdates: true, updatedAt: at } : { quarterlyUpdates: false, updatedAt: at, ...(email ? { email } : {}) };
    tx.insert(donorPreferences).values({ userId: w.actor.id, email, quarterlyUpdates: input.quarterlyUpdates, updatedAt: at }).onConflictDoUpdate({ target: donorPreferences.userId, set }).run();
    appendAudit(tx, { actorId: w.actor.id, portal: w.portal, action: 'donor.updates', entity: 'donor_preferences', entityId: w.actor.id, detail: { quarterlyUpdates: input.quarterlyUpdates } }, w.now);
  });
  return findDonorUpdates(db, w.actor.id);
}

/**
 * A snapshot was published: one mail per opted-in live donor, in their language, with their own unsubscribe link.
 * Called inside the publishing transaction, so a publication and its mail stand or fall together. Links carry the
 * `{portal}` placeholder the sender fills with the admin's portal address.
 */
export function queueQuarterlyUpdates(db: Db, params: { quarter: string; organisation: string; now: Date }): number {
  const donors = db
    .select({ id: users.id, locale: users.locale, email: donorPreferences.email })
    .from(donorPreferences)
    .innerJoin(users, eq(users.id, donorPreferences.userId))
    .where(and(eq(donorPreferences.quarterlyUpdates, true), eq(users.role, 'donor'), isNull(users.archivedAt)))
    .all();
  for (const d of donors) {
    const mail = quarterlyUpdateMail({
      locale: d.locale,
      quarter: params.quarter,
      organisation: params.organisation,
      impactLink: '{portal}/supporters/',
      accountLink: '{portal}/supporters/giving',
      unsubscribeLink: `{portal}/supporters/unsubscribe?token=${encodeURIComponent(unsubscribeToken(db, d.id))}`,
    });
    enqueueEmail(db, { toAddress: d.email, kind: 'donor_quarterly_update', ...mail }, params.now);
  }
  return donors.length;
}
