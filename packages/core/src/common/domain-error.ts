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
  /** Too many failed sign-ins. */
  | 'ACCOUNT_LOCKED';

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

export class AccountLockedError extends DomainError {
  constructor(message: string) {
    super('ACCOUNT_LOCKED', message);
    this.name = 'AccountLockedError';
  }
}
