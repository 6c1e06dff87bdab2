// Rules of a tracing request's status and of a child's stage on the way home.
import { DomainError } from '../errors';
import type { ReintegrationStage, TracingOutcome, TracingStatus } from './schemas';

/**
 * open -> family found / relatives found / not found -> closed. An outcome may be corrected while the request is
 * not closed (a "not found" family turns up); closing a "not found" request needs a supervisor's approval, which
 * the caller checks.
 */
export function assertTracingOutcome(status: TracingStatus, outcome: TracingOutcome): void {
  if (status === 'closed') {
    throw new DomainError('INVALID', 'errors.tracingClosed', 'Tracing: this request is closed', 'outcome');
  }
  if (status === outcome) {
    throw new DomainError('INVALID', 'errors.tracingSameOutcome', `Tracing: the request is already ${outcome}`, 'outcome');
  }
}

/** Only a request with an outcome is closed; "not found" waits for the supervisor's approval. */
export function assertMayClose(status: TracingStatus): void {
  if (status === 'open' || status === 'closed') {
    throw new DomainError('INVALID', 'errors.tracingNotReadyToClose', 'Tracing: record the outcome (family found, relatives found or not found) before closing', 'status');
  }
}

/** Actions are recorded while the search goes on. */
export function assertTracingOpen(status: TracingStatus): void {
  if (status === 'closed') throw new DomainError('INVALID', 'errors.tracingClosed', 'Tracing: this request is closed', 'status');
}

/**
 * The stage of a child on the way home, from what the records show (newest evidence wins): a case closed;
 * follow-up visits under way; back with a family; a reintegration assessment or plan (preparing); a family found;
 * a tracing request open; nothing yet.
 */
export function reintegrationStageOf(facts: {
  caseClosed: boolean;
  returnedOn: string | null;
  followUpsDone: number;
  preparing: boolean;
  tracingStatus: TracingStatus | null;
}): ReintegrationStage {
  if (facts.caseClosed) return 'closed';
  if (facts.returnedOn !== null) return facts.followUpsDone > 0 ? 'follow_up' : 'returned';
  if (facts.preparing) return 'preparing';
  if (facts.tracingStatus === 'family_found' || facts.tracingStatus === 'relatives_found') return 'family_found';
  if (facts.tracingStatus !== null) return 'tracing';
  return 'not_traced';
}
