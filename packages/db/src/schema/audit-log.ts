import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Append-only; each row's hash covers the previous row's hash, so any edit or deletion breaks the chain. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    actorId: text('actor_id'),
    portal: text('portal'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** The case this entry belongs to, if any: the case page's timeline is one indexed query. */
    caseId: text('case_id'),
    detail: text('detail').notNull().default('{}'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_entity_idx').on(t.entity, t.entityId),
    index('audit_case_idx').on(t.caseId, t.seq),
    // The administrators' audit screen filters by who and what, newest first.
    index('audit_actor_idx').on(t.actorId, t.seq),
    index('audit_action_idx').on(t.action, t.seq),
  ],
);
