// What every case-workflow router shares: who may do the work, who may approve, and the acting person's Work.
import { z } from 'zod';
import { ApprovalDecisionInput, idField, Version, type Role } from '@kruosar/domain';
import type { Work } from '@kruosar/db';
import type { Context } from '../context';

/** Staff who work cases. Analysts see de-identified counts only, never a child's records. */
export const CASE_STAFF: Role[] = ['admin', 'supervisor', 'caseworker'];
/** Staff who may decide approvals (the four-eyes rule itself is checked on each decision). */
export const APPROVERS: Role[] = ['admin', 'supervisor'];

export const workOf = (ctx: Context & { user: NonNullable<Context['user']> }): Work => ({ actor: ctx.user, portal: ctx.portal, now: ctx.clock.now() });

export const CaseRef = z.object({ caseId: idField('Case') });
export const RecordRef = z.object({ id: idField('Record') });
/** A record as the person last saw it: a stale version is refused with a conflict. */
export const VersionedRef = RecordRef.extend({ expectedVersion: Version });
/** A supervisor's decision on a submitted record. */
export const DecisionInput = VersionedRef.and(ApprovalDecisionInput);
