// The child's views at each decision, and feedback and complaints from children and families. Who sees a
// complaint about staff is decided in the repository (safeguarding leads only), not here.
import { z } from 'zod';
import {
  ChildVoice,
  ChildVoiceInput,
  childVoiceOccasions,
  ChildVoiceToReview,
  FeedbackAnswerInput,
  FeedbackCloseInput,
  FeedbackInput,
  FeedbackItem,
  FeedbackListInput,
  HiveFeedbackInput,
  HiveFeedbackReceipt,
  idField,
  VoiceWork,
} from '@kruosar/domain';
import {
  acknowledgeChildVoice,
  answerFeedback,
  closeFeedback,
  findFeedback,
  findVoiceWork,
  listChildVoices,
  listChildVoicesToReview,
  listFeedback,
  recordChildVoice,
  recordFeedback,
  submitHiveFeedback,
} from '@kruosar/db';
import { procedureFor, router } from '../trpc';
import { APPROVERS, CASE_STAFF, CaseRef, RecordRef, workOf } from './case-work';

export const childVoicesRouter = router({
  /** The views recorded for one kind of decision of a case, newest first. */
  list: procedureFor(...CASE_STAFF)
    .input(CaseRef.extend({ occasion: z.enum(childVoiceOccasions) }))
    .output(z.array(ChildVoice))
    .query(({ ctx, input }) => listChildVoices(ctx.db, workOf(ctx), input)),
  record: procedureFor(...CASE_STAFF)
    .input(ChildVoiceInput)
    .output(ChildVoice)
    .mutation(({ ctx, input }) => recordChildVoice(ctx.db, workOf(ctx), input)),
  /** "Could not be asked" records waiting for this supervisor's acknowledgement. */
  toReview: procedureFor(...APPROVERS)
    .input(z.void())
    .output(z.array(ChildVoiceToReview))
    .query(({ ctx }) => listChildVoicesToReview(ctx.db, workOf(ctx))),
  acknowledge: procedureFor(...APPROVERS)
    .input(RecordRef)
    .output(ChildVoice)
    .mutation(({ ctx, input }) => acknowledgeChildVoice(ctx.db, workOf(ctx), input)),
});

export const feedbackRouter = router({
  list: procedureFor(...CASE_STAFF)
    .input(FeedbackListInput)
    .output(z.array(FeedbackItem))
    .query(({ ctx, input }) => listFeedback(ctx.db, workOf(ctx), input)),
  byId: procedureFor(...CASE_STAFF)
    .input(z.object({ id: idField('Feedback') }))
    .output(FeedbackItem)
    .query(({ ctx, input }) => findFeedback(ctx.db, workOf(ctx), input.id)),
  /** Recorded for a child or family who phoned or came in. */
  record: procedureFor(...CASE_STAFF)
    .input(FeedbackInput)
    .output(FeedbackItem)
    .mutation(({ ctx, input }) => recordFeedback(ctx.db, workOf(ctx), input)),
  answer: procedureFor(...CASE_STAFF)
    .input(FeedbackAnswerInput)
    .output(FeedbackItem)
    .mutation(({ ctx, input }) => answerFeedback(ctx.db, workOf(ctx), input)),
  close: procedureFor(...CASE_STAFF)
    .input(FeedbackCloseInput)
    .output(FeedbackItem)
    .mutation(({ ctx, input }) => closeFeedback(ctx.db, workOf(ctx), input)),
  /** My work: overdue complaints and views waiting for acknowledgement. */
  myWork: procedureFor(...CASE_STAFF)
    .input(z.void())
    .output(VoiceWork)
    .query(({ ctx }) => findVoiceWork(ctx.db, workOf(ctx))),
});

export const hiveFeedbackRouter = router({
  /** From the child-friendly form; the phone makes the id so a resend is stored once. */
  submit: procedureFor('hive_volunteer')
    .input(HiveFeedbackInput)
    .output(HiveFeedbackReceipt)
    .mutation(({ ctx, input }) => submitHiveFeedback(ctx.db, { volunteerId: ctx.user.id, volunteerCommunes: ctx.user.communeCodes, input, portal: ctx.portal, now: ctx.clock.now() })),
});
