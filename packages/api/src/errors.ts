// The one place where domain errors become tRPC errors, and where every error gets an i18n key.
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { DomainError, type DomainErrorCode } from '@kruosar/domain';
import { ZodError } from 'zod';

const trpcCodeOf: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
};

const defaultKeyOf: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  BAD_REQUEST: 'errors.invalid',
  UNAUTHORIZED: 'errors.unauthenticated',
  FORBIDDEN: 'errors.forbidden',
  NOT_FOUND: 'errors.notFound',
  CONFLICT: 'errors.conflict',
  TOO_MANY_REQUESTS: 'errors.rateLimited',
};

export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({ code: trpcCodeOf[error.code], message: error.message, cause: error });
}

/** Field path -> message, for forms to show each message beside its field. */
function fieldErrorsOf(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * The i18n key for one validation issue, so a portal can show it beside its field in the user's language
 * (the domain's own messages are English). Custom rules may name their key in `params.messageKey`.
 */
function fieldErrorKeyOf(issue: ZodError['issues'][number]): string {
  const params = (issue as { params?: { messageKey?: unknown } }).params;
  if (issue.code === 'custom' && typeof params?.messageKey === 'string') return params.messageKey;
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array' ? 'errors.field.required' : 'errors.field.invalid';
    case 'too_big':
      return issue.origin === 'string' ? 'errors.field.tooLong' : 'errors.field.invalid';
    case 'invalid_value':
      return 'errors.field.choose';
    case 'invalid_type':
      // zod 4 leaves `input` out of issues; its default message says what it received.
      return issue.input === '' || /received (undefined|null)$/.test(issue.message) ? 'errors.field.required' : 'errors.field.invalid';
    default:
      return 'errors.field.invalid';
  }
}

function fieldErrorKeysOf(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join('.') || '_'] ??= fieldErrorKeyOf(issue);
  return out;
}

/**
 * What every error carries beside tRPC's code: an i18n key for the whole error, and per field both the
 * English message (for API clients and logs) and an i18n key (for portals, in the user's language).
 */
export type ErrorData = {
  messageKey: string;
  field: string | null;
  fieldErrors: Record<string, string> | null;
  fieldErrorKeys: Record<string, string> | null;
};

export function errorData(error: TRPCError): ErrorData {
  const cause = error.cause;
  if (cause instanceof DomainError) {
    const field = cause.field ?? null;
    return { messageKey: cause.messageKey, field, fieldErrors: field ? { [field]: cause.message } : null, fieldErrorKeys: field ? { [field]: cause.messageKey } : null };
  }
  if (cause instanceof ZodError) {
    return { messageKey: 'errors.invalid', field: null, fieldErrors: fieldErrorsOf(cause), fieldErrorKeys: fieldErrorKeysOf(cause) };
  }
  return { messageKey: defaultKeyOf[error.code] ?? 'errors.unexpected', field: null, fieldErrors: null, fieldErrorKeys: null };
}

/** A readable summary of a validation error, naming the fields. */
export function validationMessage(error: ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}
