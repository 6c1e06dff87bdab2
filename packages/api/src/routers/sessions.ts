// A staff member's own sessions: see where they are signed in, and end any of them (a lost phone, a shared computer).
import { z } from 'zod';
import { EndSessionInput, SessionSummary } from '@kruosar/domain';
import { endUserSessions, listUserSessions } from '@kruosar/db';
import { procedureFor, router } from '../trpc';

const staff = () => procedureFor('admin', 'supervisor', 'caseworker', 'analyst');
const Ended = z.object({ ended: z.number().int() });

export const sessionsRouter = router({
  mine: staff()
    .input(z.void())
    .output(z.array(SessionSummary))
    .query(({ ctx }) => listUserSessions(ctx.db, { userId: ctx.user.id, currentToken: ctx.session.token, now: ctx.clock.now() })),

  end: staff()
    .input(EndSessionInput)
    .output(Ended)
    .mutation(({ ctx, input }) => endUserSessions(ctx.db, { user: ctx.user, portal: ctx.portal, which: { sessionId: input.sessionId }, now: ctx.clock.now() })),

  endOthers: staff()
    .input(z.void())
    .output(Ended)
    .mutation(({ ctx }) => endUserSessions(ctx.db, { user: ctx.user, portal: ctx.portal, which: { allBut: ctx.session.token }, now: ctx.clock.now() })),
});
