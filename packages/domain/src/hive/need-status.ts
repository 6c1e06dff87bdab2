// How a hive need moves through triage, and what staff decide about it (docs/DESIGN.md §4, Community).
import { z } from 'zod';
import { DomainError } from '../errors';
import { Id, Version, text } from '../common/schemas';
import { stripZeroWidth } from '../common/khmer-digits';
import type { NeedStatus } from './schemas';

/** A decision has been made: the need leaves the triage queue and nothing moves it again. */
export const finalNeedStatuses = ['linked_to_case', 'referred', 'resolved', 'not_actionable'] as const satisfies readonly NeedStatus[];
export type FinalNeedStatus = (typeof finalNeedStatuses)[number];

/** Still waiting for staff: shown in the triage queue and counted on the hive board. */
export const openNeedStatuses = ['received', 'triaged'] as const satisfies readonly NeedStatus[];

/**
 * received -> triaged -> a final status, or received -> a final status directly (a clear need is decided at
 * once). Nothing leaves a final status: a need that comes back is a new need, so the volunteer's history stays true.
 */
const nextNeedStatuses: Record<NeedStatus, readonly NeedStatus[]> = {
  received: ['triaged', 'withdrawn', ...finalNeedStatuses],
  triaged: finalNeedStatuses,
  linked_to_case: [],
  referred: [],
  resolved: [],
  not_actionable: [],
  withdrawn: [],
};

export function canMoveNeed(from: NeedStatus, to: NeedStatus): boolean {
  return nextNeedStatuses[from].includes(to);
}

export function isFinalNeedStatus(status: NeedStatus): status is FinalNeedStatus {
  return (finalNeedStatuses as readonly NeedStatus[]).includes(status);
}

export function assertNeedTransition(from: NeedStatus, to: NeedStatus): void {
  if (!canMoveNeed(from, to)) {
    throw new DomainError('INVALID', 'errors.needTransition', `A need that is ${from} cannot become ${to}`, 'status');
  }
}

/**
 * The volunteer may change or take back a report only while it is 'received': once staff have looked at it,
 * the report they triaged must stay the one they read.
 */
export function volunteerCanChangeNeed(status: NeedStatus): boolean {
  return status === 'received';
}

export function assertVolunteerCanChangeNeed(status: NeedStatus): void {
  if (!volunteerCanChangeNeed(status)) {
    throw new DomainError('CONFLICT', 'errors.needAlreadyTriaged', `A need that is ${status} can no longer be changed by its volunteer`, 'status');
  }
}

export const NEED_MESSAGE_MAX = 280;

/**
 * The short message back to the volunteer, in Khmer or any script. Counted in characters (code points), not
 * UTF-16 units, so an emoji counts once; zero-width spaces are never stored; NFC so the count is the same for
 * the same text whichever keyboard typed it.
 */
export const MessageToVolunteer = z
  .string()
  .transform((s) => stripZeroWidth(s).normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(1, 'Write a short message for the volunteer')
      .refine((s) => [...s].length <= NEED_MESSAGE_MAX, `Keep the message to ${NEED_MESSAGE_MAX} characters`),
  );

/** Who a need is referred to; labels live in the i18n files. */
export const needReferralAgencies = ['health_centre', 'school', 'dosvy', 'police', 'other_ngo', 'other'] as const;
export type NeedReferralAgency = (typeof needReferralAgencies)[number];

const decision = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ decision: z.literal(kind), messageToVolunteer: MessageToVolunteer, ...shape });

/** What staff decide in the triage queue; each carries the message the volunteer will read. */
export const TriageDecisionInput = z.discriminatedUnion('decision', [
  decision('link_to_case', { caseId: Id }),
  /** The staff screen opens a pre-filled case intake; the need is linked to the case that intake creates. */
  decision('new_case', {}),
  decision('refer', { agency: z.enum(needReferralAgencies), agencyName: text(120).default('') }),
  decision('resolve', {}),
  decision('not_actionable', {}),
]);
export type TriageDecisionInput = z.infer<typeof TriageDecisionInput>;
export type TriageDecision = TriageDecisionInput['decision'];

/** A decision about one need, from the version staff saw (a stale version is refused as a conflict). */
export const TriageNeedInput = z.object({ needId: Id, version: Version, decision: TriageDecisionInput });
export type TriageNeedInput = z.infer<typeof TriageNeedInput>;

const statusAfter: Record<TriageDecision, FinalNeedStatus> = {
  link_to_case: 'linked_to_case',
  new_case: 'linked_to_case',
  refer: 'referred',
  resolve: 'resolved',
  not_actionable: 'not_actionable',
};

export function needStatusAfter(decision: TriageDecisionInput): FinalNeedStatus {
  return statusAfter[decision.decision];
}

/** The status a decision moves a need to, refusing a decision about a need that was already decided. */
export function decideNeed(from: NeedStatus, decision: TriageDecisionInput): FinalNeedStatus {
  const to = needStatusAfter(decision);
  assertNeedTransition(from, to);
  return to;
}
