/**
 * Errors the domain raises on purpose. The API maps each code to a GraphQL error once
 * (apps/api/src/errors.ts); anything else is an internal error and its details never reach callers.
 */
export type DomainErrorCode =
  /** Input a person can fix; `field` names the input field. */
  | 'BAD_USER_INPUT'
  /** No credentials, or credentials that are no longer valid. */
  | 'UNAUTHENTICATED'
  /** Signed in, but not allowed to do this. */
  | 'FORBIDDEN'
  /** Too many failed sign-ins for a username or from an address (the same answer whether the username exists or not). */
  | 'TOO_MANY_ATTEMPTS';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Input a person can fix, with the field it concerns. */
export class BadUserInputError extends DomainError {
  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, field);
    this.name = 'BadUserInputError';
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super('UNAUTHENTICATED', message);
    this.name = 'UnauthenticatedError';
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super('FORBIDDEN', message);
    this.name = 'ForbiddenError';
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(readonly retryAfterMs: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
    super('TOO_MANY_ATTEMPTS', `Too many attempts. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
    this.name = 'TooManyAttemptsError';
  }
}
