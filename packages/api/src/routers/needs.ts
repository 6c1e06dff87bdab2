// Hive needs: volunteers submit and follow theirs; staff see the triage queue of their communes.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CommuneCode, HiveNeedInput, PageInput, TriageNeed, VolunteerNeed, needStatuses, pageOf } from '@kruosar/domain';
import { listTriageQueue, listVolunteerNeeds, submitNeed } from '@kruosar/db';
import { procedureFor, router } from '../trpc';

/** The content a need's id stands for: a replay of the same id must carry the same content. */
function needContentHash(input: HiveNeedInput): string {
  const { id: _id, ...content } = input;
  const canonical = JSON.stringify(Object.fromEntries(Object.entries(content).sort(([a], [b]) => a.localeCompare(b))));
  return createHash('sha256').update(canonical).digest('hex');
}

export const hiveNeedsRouter = router({
  submit: procedureFor('hive_volunteer')
    .input(HiveNeedInput)
    .output(z.object({ id: z.string(), status: z.enum(needStatuses), alreadyReceived: z.boolean() }))
    .mutation(({ ctx, input }) =>
      submitNeed(ctx.db, { volunteerId: ctx.user.id, volunteerCommunes: ctx.user.communeCodes, input, contentHash: needContentHash(input), now: ctx.clock.now() }),
    ),
  mine: procedureFor('hive_volunteer')
    .input(z.void())
    .output(z.array(VolunteerNeed))
    .query(({ ctx }) => listVolunteerNeeds(ctx.db, ctx.user.id)),
});

export const TriageQueueInput = PageInput.extend({ communeCode: CommuneCode.optional(), statuses: z.array(z.enum(needStatuses)).optional() });

export const staffNeedsRouter = router({
  triageQueue: procedureFor('admin', 'supervisor', 'caseworker')
    .input(TriageQueueInput)
    .output(pageOf(TriageNeed))
    .query(({ ctx, input }) =>
      listTriageQueue(ctx.db, { communeCodes: ctx.user.role === 'admin' ? 'all' : ctx.user.communeCodes, ...input }),
    ),
});
