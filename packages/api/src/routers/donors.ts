// Donors. Staff (admins: they hold the money side) record gifts and set the giving page; a donor, signed in to the
// supporters portal, sees only their own gifts and receipts and chooses the quarterly update. Unsubscribing from a
// mail link needs no sign-in: the signed token says who.
import { z } from 'zod';
import { Donor, DonorUpdates, DonorUpdatesInput, Gift, GiftInput, GiftListInput, GivingSettings, GivingSettingsInput, MyGift, UnsubscribeInput, giftCurrencies, idField } from '@kruosar/domain';
import { findDonorUpdates, findGivingSettings, findMyGiving, findMyReceipt, listDonors, listGifts, recordGift, saveDonorUpdates, saveGivingSettings, unsubscribeByToken } from '@kruosar/db';
import { procedureFor, publicProcedure, router } from '../trpc';
import { workOf } from './case-work';

const Money = z.object({ currency: z.enum(giftCurrencies), amountMinor: z.number().int() });
const SupportedProgramme = z.object({ id: z.string(), name: z.string(), kind: z.string(), description: z.string(), totals: z.array(Money), lastGivenOn: z.string() });
const MyGiving = z.object({ gifts: z.array(MyGift), programmes: z.array(SupportedProgramme), givingPageUrl: z.string() });
export const Receipt = MyGift.extend({ donorName: z.string(), issuedOn: z.string(), organisation: z.string() });

/** The staff side: only admins record gifts (no finance role exists; an admin is who holds the organisation's accounts). */
export const donorsRouter = router({
  list: procedureFor('admin').input(z.void()).output(z.array(Donor)).query(({ ctx }) => listDonors(ctx.db)),
  gifts: procedureFor('admin').input(GiftListInput).output(z.array(Gift)).query(({ ctx, input }) => listGifts(ctx.db, input)),
  recordGift: procedureFor('admin').input(GiftInput).output(Gift).mutation(({ ctx, input }) => recordGift(ctx.db, workOf(ctx), input)),
  settings: procedureFor('admin').input(z.void()).output(GivingSettings).query(({ ctx }) => findGivingSettings(ctx.db)),
  saveSettings: procedureFor('admin').input(GivingSettingsInput).output(GivingSettings).mutation(({ ctx, input }) => saveGivingSettings(ctx.db, workOf(ctx), input)),
});

/** The donor's side, on the supporters portal. */
export const givingRouter = router({
  mine: procedureFor('donor').input(z.void()).output(MyGiving).query(({ ctx }) => findMyGiving(ctx.db, ctx.user.id)),
  receipt: procedureFor('donor')
    .input(z.object({ giftId: idField('Gift') }))
    .output(Receipt)
    .query(({ ctx, input }) => ({ ...findMyReceipt(ctx.db, { donorId: ctx.user.id, giftId: input.giftId }), organisation: ctx.organisationName })),
  updates: procedureFor('donor').input(z.void()).output(DonorUpdates).query(({ ctx }) => findDonorUpdates(ctx.db, ctx.user.id)),
  saveUpdates: procedureFor('donor').input(DonorUpdatesInput).output(DonorUpdates).mutation(({ ctx, input }) => saveDonorUpdates(ctx.db, workOf(ctx), input)),
  unsubscribe: publicProcedure.input(UnsubscribeInput).output(z.object({ ok: z.literal(true) })).mutation(({ ctx, input }) => unsubscribeByToken(ctx.db, { token: input.token, now: ctx.clock.now() })),
});
