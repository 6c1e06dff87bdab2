// The administrators' view of the audit log: filters, keyset pages (newest first), export, and the chain's check.
import { z } from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Date: use the form YYYY-MM-DD');

export const AuditFilters = z
  .object({
    /** The username of who acted (exact). */
    username: z.string().trim().toLowerCase().max(40).default(''),
    /** An action or the start of one: "user." finds every account change. */
    action: z.string().trim().max(80).default(''),
    /** A record: its id, or a case's reference (all that happened to the case). */
    record: z.string().trim().max(80).default(''),
    from: day.nullable().default(null),
    to: day.nullable().default(null),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], message: 'To: choose a date on or after From', params: { messageKey: 'errors.auditDatesOrder' } });
export type AuditFilters = z.infer<typeof AuditFilters>;

export const AuditListInput = z.object({
  filters: AuditFilters.default({ username: '', action: '', record: '', from: null, to: null }),
  /** Keyset cursor: entries older than this sequence number. */
  before: z.number().int().positive().nullable().default(null),
  pageSize: z.number().int().min(1).max(100).default(50),
});
export type AuditListInput = z.infer<typeof AuditListInput>;

export const AuditEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorUsername: z.string().nullable(),
  actorName: z.string().nullable(),
  portal: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  caseId: z.string().nullable(),
  detail: z.string(),
});
export type AuditEntryView = z.infer<typeof AuditEntryView>;

export const AuditPage = z.object({ items: z.array(AuditEntryView), nextBefore: z.number().int().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditChainStatus = z.object({ ok: z.boolean(), entries: z.number().int(), brokenAt: z.number().int().nullable() });
export type AuditChainStatus = z.infer<typeof AuditChainStatus>;

export const AuditExport = z.object({ filename: z.string(), csv: z.string(), rows: z.number().int(), truncated: z.boolean() });
export type AuditExport = z.infer<typeof AuditExport>;

/** An export is capped: a larger one is narrowed with the filters. */
export const AUDIT_EXPORT_MAX_ROWS = 50_000;
