// The case page's timeline: everything that happened to a case, who did it and when, read from the audit log.
import { and, desc, eq, sql } from 'drizzle-orm';
import { type CurrentUser, caseScopeOf, type TimelineEntry, type TimelineInput, type TimelinePage } from '@kruosar/domain';
import type { Db } from '../client';
import { auditLog, users } from '../schema/index';
import { findCaseInScope } from './cases';

/**
 * Audit actions that only read a record: their last segment says so ("case.view", "case_plan.read",
 * "case.workflow_read"). Writers of read entries keep to these verbs so the timeline can leave reads out.
 */
const readVerbs = ['view', 'read', 'list', 'history', 'due_list', 'export', 'starting_point'] as const;
const readVerbSql = sql.join(
  [...readVerbs.map((v) => sql`${auditLog.action} like ${`%.${v.replace(/_/g, '\\_')}`} escape '\\'`), sql`${auditLog.action} like '%\\_read' escape '\\'`],
  sql` or `,
);

export function isReadAction(action: string): boolean {
  const verb = action.slice(action.lastIndexOf('.') + 1);
  return (readVerbs as readonly string[]).includes(verb) || verb.endsWith('_read');
}

type DetailValue = TimelineEntry['detail'][string];
const MAX_TEXT = 500;

/** Facts for the timeline: short scalars; lists become comma-separated; nested objects are left out. */
function timelineDetail(json: string): Record<string, DetailValue> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const out: Record<string, DetailValue> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'string') out[key] = value.slice(0, MAX_TEXT);
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) out[key] = value.join(', ').slice(0, MAX_TEXT);
  }
  return out;
}

/** Newest first, one indexed range of the audit log (case id, sequence). Out-of-scope cases are NOT_FOUND. */
export function caseTimeline(db: Db, params: { user: CurrentUser; input: TimelineInput }): TimelinePage {
  const { user, input } = params;
  const c = findCaseInScope(db, caseScopeOf(user), input.caseId);
  const where = and(eq(auditLog.caseId, c.id), input.includeReads ? undefined : sql`not (${readVerbSql})`);
  const total = db.select({ n: sql<number>`count(*)` }).from(auditLog).where(where).get()?.n ?? 0;
  const rows = db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      actorId: auditLog.actorId,
      actorName: users.displayName,
      detail: auditLog.detail,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize)
    .all();
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    items: rows.map((r) => ({ ...r, messageKey: `timeline.${r.action}`, detail: timelineDetail(r.detail) })),
  };
}
