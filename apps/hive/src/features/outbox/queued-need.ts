// A need kept on the phone until the server has it: what is stored, and which failures are worth another try.
import type { HiveNeedInput } from '@kruosar/domain';
import type { PortalError } from '@kruosar/ui/hive-lite';

/**
 * waiting: saved on the phone, not yet accepted; sending: being sent now; sent: the server has it (kept until
 * "My reports" shows the server's copy); refused: the server said no for a reason another try cannot fix.
 */
export type Delivery = 'waiting' | 'sending' | 'sent' | 'refused';

export type QueuedNeed = {
  /** The need's own UUID, made on the phone: sending it again stores it once. */
  id: string;
  /** The account that saved it: only that account sends it, or sees it, on a shared phone. */
  ownerId: string;
  /** Exactly what the server will receive, checked against the domain schema when saved. */
  input: HiveNeedInput;
  /** For the list on the phone while the server has not answered. */
  villageName: string;
  delivery: Delivery;
  savedAt: string;
  attempts: number;
  lastTriedAt: string | null;
  /** Why the last try failed (the network, or the server's refusal with its message and field keys). */
  failure: PortalError | null;
};

// A server that is down or busy, a lost session, or no answer at all: the need waits and goes again later.
const worthRetrying = new Set(['INTERNAL_SERVER_ERROR', 'TIMEOUT', 'TOO_MANY_REQUESTS', 'UNAUTHORIZED', 'SERVICE_UNAVAILABLE', 'BAD_GATEWAY', 'GATEWAY_TIMEOUT', 'CLIENT_CLOSED_REQUEST']);

/**
 * Bad input, a replayed id with other content, a village outside the volunteer's communes: sending the same
 * thing again would be refused again, forever. The volunteer sees these and fixes or deletes them.
 */
export function isRefusal(failure: Pick<PortalError, 'code'>): boolean {
  return failure.code !== null && !worthRetrying.has(failure.code);
}

/** A stored failure in the volunteer's language: the server's own message when the hive ships it. */
export function failureMessage(failure: Pick<PortalError, 'messageKey' | 'fallbackKey'>, i18n: { exists: (key: string) => boolean; t: unknown }): string {
  const translator = i18n as { t: (key: string) => string }; // keys are checked at run time here, like errorMessage's
  return translator.t(i18n.exists(failure.messageKey) ? failure.messageKey : failure.fallbackKey);
}
