// Turns whatever a call threw into something a screen can say in the user's language.
import { isTRPCClientError } from '@trpc/client';

/** What a screen needs to explain a failed call. `messageKey` is an i18n key such as "errors:conflict". */
export type PortalError = {
  messageKey: ErrorKey;
  /** tRPC error code (UNAUTHORIZED, CONFLICT, ...) or null when the server was not reached. */
  code: string | null;
  /** Validation messages by field path ("household.villageCode"), shown next to their fields. */
  fieldErrors: Record<string, string> | null;
};

export const errorKeys = [
  'invalidCredentials', 'rateLimited', 'unauthenticated', 'forbidden', 'notFound', 'conflict', 'invalid',
  'wrongPortal', 'unknownVillage', 'villageOutsideCommune', 'needReplayDifferent', 'stageTransition',
  'selfApproval', 'notSupervisor', 'network', 'unexpected',
] as const;
export type ErrorKey = `errors:${(typeof errorKeys)[number]}`;

// Used when the server sent a code but no message key of its own.
const keyOfCode: Record<string, (typeof errorKeys)[number]> = {
  UNAUTHORIZED: 'unauthenticated',
  FORBIDDEN: 'forbidden',
  NOT_FOUND: 'notFound',
  CONFLICT: 'conflict',
  BAD_REQUEST: 'invalid',
  PARSE_ERROR: 'invalid',
  TOO_MANY_REQUESTS: 'rateLimited',
};

function asErrorKey(messageKey: unknown): ErrorKey | null {
  if (typeof messageKey !== 'string') return null;
  // The server says "errors.conflict"; i18next names a namespace with a colon: "errors:conflict".
  const name = messageKey.replace(/^errors[.:]/, '');
  return (errorKeys as readonly string[]).includes(name) ? (`errors:${name}` as ErrorKey) : null;
}

type ErrorData = { code?: unknown; messageKey?: unknown; fieldErrors?: unknown };

function fieldErrorsOf(value: unknown): Record<string, string> | null {
  if (!value || typeof value !== 'object') return null;
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : null;
}

export function describeError(error: unknown): PortalError {
  if (!isTRPCClientError(error)) return { messageKey: 'errors:unexpected', code: null, fieldErrors: null };
  const data = (error.data ?? null) as ErrorData | null;
  // No data means no tRPC answer at all: offline, server down, or a proxy error page.
  if (!data) return { messageKey: 'errors:network', code: null, fieldErrors: null };
  const code = typeof data.code === 'string' ? data.code : null;
  const byCode = code && keyOfCode[code] ? (`errors:${keyOfCode[code]}` as ErrorKey) : null;
  return {
    messageKey: asErrorKey(data.messageKey) ?? byCode ?? 'errors:unexpected',
    code,
    fieldErrors: fieldErrorsOf(data.fieldErrors),
  };
}

/** True when asking again cannot help (the request itself is wrong or not allowed). */
export function isClientMistake(error: unknown): boolean {
  const { code } = describeError(error);
  return code !== null && code !== 'INTERNAL_SERVER_ERROR' && code !== 'TIMEOUT';
}

/** A server field message is an i18n key ("errors.field.required") or already plain text. */
export function fieldMessageKey(message: string): string | null {
  return /^errors[.:][\w.]+$/.test(message) ? message.replace(/^errors[.:]/, 'errors:') : null;
}
