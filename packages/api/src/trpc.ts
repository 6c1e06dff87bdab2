// One initTRPC for all three portals: shared context, error shape and access-policy middleware.
import { TRPCError, initTRPC } from '@trpc/server';
import { DomainError, portalOfRole, type Role } from '@kruosar/domain';
import type { Context } from './context';
import { errorData, toTRPCError } from './errors';

/** Who may call a procedure. Every procedure declares one; a procedure without one refuses everyone. */
export type Policy = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };
export type Meta = { policy?: Policy };

const t = initTRPC
  .context<Context>()
  .meta<Meta>()
  .create({
    errorFormatter({ shape, error }) {
      const { stack: _stack, ...data } = shape.data;
      return { ...shape, data: { ...data, ...errorData(error) } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Turn domain errors thrown anywhere below into their tRPC codes, in one place. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) throw toTRPCError(result.error.cause);
  return result;
});

/** After an administrator's reset, the temporary password only lets the person choose their own. */
const PASSWORD_CHANGE_PATH = 'account.changePassword';
/** An admin or supervisor without two-factor sign-in may only set it up. */
const TWO_FACTOR_ENROL_PATHS: readonly string[] = ['account.twoFactorStatus', 'account.twoFactorStart', 'account.twoFactorConfirm'];

const enforcePolicy = t.middleware(({ meta, ctx, next, path }) => {
  const policy = meta?.policy;
  // Fail closed: a procedure that forgot its policy is unusable, and the policy test names it.
  if (!policy) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: 'This procedure has no access policy' });
  if (policy.kind === 'public') return next({ ctx });
  const user = ctx.user;
  if (!user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in' });
  if (portalOfRole[user.role] !== ctx.portal || !policy.roles.includes(user.role)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role may not do this' });
  }
  if (user.mustChangePassword && path !== PASSWORD_CHANGE_PATH) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Choose a new password first', cause: new DomainError('FORBIDDEN', 'errors.passwordChangeRequired', 'Choose a new password first') });
  }
  if (!user.mustChangePassword && user.mustEnrolTwoFactor && !TWO_FACTOR_ENROL_PATHS.includes(path)) {
    throw new TRPCError({ code: 'FORBIDDEN', message: 'Set up two-factor sign-in first', cause: new DomainError('FORBIDDEN', 'errors.twoFactorEnrolRequired', 'Set up two-factor sign-in first') });
  }
  return next();
});

const base = t.procedure.use(mapDomainErrors).use(enforcePolicy);

/** A procedure anyone may call, signed in or not. */
export const publicProcedure = base.meta({ policy: { kind: 'public' } });

/** Narrows the type: after enforcePolicy with a roles policy, there is always a user. */
const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure only the given roles may call; `ctx.user` is then non-null. */
export function procedureFor(...roles: Role[]) {
  return base.meta({ policy: { kind: 'roles', roles } }).use(signedIn);
}

/** A procedure with no policy: exists only so the policy test can prove it is refused. */
export const unguardedProcedureForTests = base;
