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

export type ErrorData = { messageKey: string; field: string | null; fieldErrors: Record<string, string> | null };

export function errorData(error: TRPCError): ErrorData {
  const cause = error.cause;
  if (cause instanceof DomainError) {
    return { messageKey: cause.messageKey, field: cause.field ?? null, fieldErrors: cause.field ? { [cause.field]: cause.message } : null };
  }
  if (cause instanceof ZodError) {
    return { messageKey: 'errors.invalid', field: null, fieldErrors: fieldErrorsOf(cause) };
  }
  return { messageKey: defaultKeyOf[error.code] ?? 'errors.unexpected', field: null, fieldErrors: null };
}

/** A readable summary of a validation error, naming the fields. */
export function validationMessage(error: ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; ');
}
