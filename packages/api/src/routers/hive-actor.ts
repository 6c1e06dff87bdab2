// Who is writing, from where and when: what the hive repositories record in the audit log.
import type { Context } from '../context';

export function actorOf(ctx: Pick<Context, 'portal' | 'clock'> & { user: { id: string } }) {
  return { actorId: ctx.user.id, portal: ctx.portal, now: ctx.clock.now() };
}
