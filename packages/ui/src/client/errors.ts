// Turns whatever a call threw into something a screen can say in the user's language.
import { isTRPCClientError } from '@trpc/client';

/** What a screen needs to explain a failed call. Keys are i18n keys such as "errors:conflict". */
export type PortalError = {
  /** The server's own message key: specific, but maybe one this portal does not ship. */
  messageKey: ErrorKey;
  /** Always shipped: the key for the error's code (or network / unexpected). */
  fallbackKey: ErrorKey;
  /** tRPC error code (UNAUTHORIZED, CONFLICT, ...) or null when the server was not reached. */
  code: string | null;
  /** Validation messages by field path ("household.villageCode"), shown next to their fields. */
  fieldErrors: Record<string, string> | null;
};

export type ErrorKey = `errors:${string}`;

// Used when the server sent a code but no message key this portal has.
const keyOfCode: Record<string, ErrorKey> = {
  UNAUTHORIZED: 'errors:unauthenticated',
  FORBIDDEN: 'errors:forbidden',
  NOT_FOUND: 'errors:notFound',
  CONFLICT: 'errors:conflict',
  BAD_REQUEST: 'errors:invalid',
  PARSE_ERROR: 'errors:invalid',
  TOO_MANY_REQUESTS: 'errors:rateLimited',
};

/** The server says "errors.conflict" (or "errors.disclosure.village"); i18next names a namespace with a colon. */
function asErrorKey(messageKey: unknown): ErrorKey | null {
  return typeof messageKey === 'string' && /^errors[.:][\w.]+$/.test(messageKey)
    ? (messageKey.replace(/^errors[.:]/, 'errors:') as ErrorKey)
    : null;
}

type ErrorData = { code?: unknown; messageKey?: unknown; fieldErrors?: unknown; fieldErrorKeys?: unknown };

function fieldErrorsOf(value: unknown): Record<string, string> | null {
  if (!value || typeof value !== 'object') return null;
  const entries = Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length ? Object.fromEntries(entries) : null;
}

export function describeError(error: unknown): PortalError {
  const none = { code: null, fieldErrors: null };
  if (!isTRPCClientError(error)) return { messageKey: 'errors:unexpected', fallbackKey: 'errors:unexpected', ...none };
  const data = (error.data ?? null) as ErrorData | null;
  // No data means no tRPC answer at all: offline, server down, or a proxy error page.
  if (!data) return { messageKey: 'errors:network', fallbackKey: 'errors:network', ...none };
  const code = typeof data.code === 'string' ? data.code : null;
  const fallbackKey = (code && keyOfCode[code]) || 'errors:unexpected';
  // Per-field i18n keys (the user's language) win over the server's English field messages.
  const fieldErrors = fieldErrorsOf(data.fieldErrors) || fieldErrorsOf(data.fieldErrorKeys) ? { ...fieldErrorsOf(data.fieldErrors), ...fieldErrorsOf(data.fieldErrorKeys) } : null;
  return { messageKey: asErrorKey(data.messageKey) ?? fallbackKey, fallbackKey, code, fieldErrors };
}

type Translator = { exists: (key: string) => boolean; t: (key: string) => string };

/** The failure in the user's language: the server's own message when this portal ships it. */
export function errorMessage(error: unknown, i18n: { exists: (key: string) => boolean; t: unknown }): string {
  const { messageKey, fallbackKey } = describeError(error);
  const translator = i18n as Translator; // keys are checked at run time here, not typed
  return translator.t(translator.exists(messageKey) ? messageKey : fallbackKey);
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
