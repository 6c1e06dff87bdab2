// Builds the tRPC context from a Fastify request: the inner context plus the session cookie of one portal.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context, SignInLimiter } from '@kruosar/api';
import { findSessionUser, systemClock, type Db } from '@kruosar/db';
import type { Portal } from '@kruosar/domain';

/** A signed-in hive phone stays signed in for months; staff sessions end within a working day. */
export const sessionTtlHours: Record<Portal, number> = { staff: 12, hive: 24 * 90, supporters: 24 * 30 };
export const cookieName = (portal: Portal) => `kruosar_${portal}`;

export function createContextFactory(deps: { db: Db; portal: Portal; signInLimiter: SignInLimiter; secureCookies: boolean; organisationName: string }) {
  const { db, portal } = deps;
  return ({ req, res }: { req: FastifyRequest; res: FastifyReply }): Context => {
    const token = req.cookies[cookieName(portal)] ?? null;
    const clock = systemClock;
    const user = token ? (findSessionUser(db, { token, portal, now: clock.now() }) ?? null) : null;
    const cookieOptions = { path: `/api/${portal}`, httpOnly: true, sameSite: 'strict' as const, secure: deps.secureCookies };
    return {
      db,
      clock,
      portal,
      user,
      clientKey: req.ip,
      signInLimiter: deps.signInLimiter,
      sessionTtlHours: sessionTtlHours[portal],
      organisationName: deps.organisationName,
      session: {
        token,
        set: (value, expiresAt) => void res.setCookie(cookieName(portal), value, { ...cookieOptions, expires: new Date(expiresAt) }),
        clear: () => void res.clearCookie(cookieName(portal), cookieOptions),
      },
    };
  };
}
