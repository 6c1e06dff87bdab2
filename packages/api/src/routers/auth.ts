// Sign-in, sign-out and "who am I", mounted in every portal.
import { z } from 'zod';
import { CurrentUser, Ok, SignInInput } from '@kruosar/domain';
import { publicProcedure, router } from '../trpc';
import { signIn, signOut } from '../auth/service';

export const authRouter = router({
  signIn: publicProcedure.input(SignInInput).output(CurrentUser).mutation(({ ctx, input }) => signIn(ctx, input)),
  me: publicProcedure.input(z.void()).output(CurrentUser.nullable()).query(({ ctx }) => ctx.user),
  // Null too: a sign-out sent with an empty body must still end the session.
  signOut: publicProcedure.input(z.null().optional()).output(Ok).mutation(({ ctx }) => signOut(ctx)),
});
