// The one error type domain rules and repositories throw; the API maps its code to a tRPC code in one place.
export const domainErrorCodes = ['INVALID', 'NOT_FOUND', 'FORBIDDEN', 'UNAUTHENTICATED', 'CONFLICT', 'RATE_LIMITED'] as const;
export type DomainErrorCode = (typeof domainErrorCodes)[number];

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    /** An i18n key (errors.*) so the portal can show it in the user's language. */
    readonly messageKey: string,
    message: string,
    /** Field path for validation errors, so a form can put the message next to the field. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new DomainError('NOT_FOUND', 'errors.notFound', `${what} not found`);
export const forbidden = (why = 'You may not do this') => new DomainError('FORBIDDEN', 'errors.forbidden', why);
export const conflict = (what: string) =>
  new DomainError(
    'CONFLICT',
    'errors.conflict',
    `${what} was changed by someone else since you opened it. Reload to see their changes, then apply yours again.`,
  );
export const invalid = (field: string, message: string, messageKey = 'errors.invalid') =>
  new DomainError('INVALID', messageKey, message, field);
