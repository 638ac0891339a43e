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

/** One thing wrong with one input field, as a person reads it. */
export interface FieldErrorDetail {
  field: string;
  message: string;
}

/**
 * Input a person can fix, with the field it concerns; or several fields at once (`BadUserInputError.of`),
 * so a form shows every error together rather than one per try.
 */
export class BadUserInputError extends DomainError {
  readonly fieldErrors: readonly FieldErrorDetail[];

  constructor(field: string, message: string) {
    super('BAD_USER_INPUT', message, field);
    this.name = 'BadUserInputError';
    this.fieldErrors = [{ field, message }];
  }

  static of(errors: readonly FieldErrorDetail[]): BadUserInputError {
    if (errors.length === 0) throw new Error('BadUserInputError.of needs at least one field error');
    const error = new BadUserInputError(errors[0].field, errors[0].message);
    (error as { fieldErrors: readonly FieldErrorDetail[] }).fieldErrors = [...errors];
    return error;
  }
}

/**
 * Collects the field errors of independent checks, so that all of them are reported together:
 * `check` runs one validation and keeps its errors; `throwIfAny` ends the collection.
 */
export class FieldErrors {
  private readonly found: FieldErrorDetail[] = [];

  /** The value `validate` returns, or undefined when it refused the input (its errors are kept). */
  check<T>(validate: () => T): T | undefined {
    try {
      return validate();
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      this.found.push(...error.fieldErrors);
      return undefined;
    }
  }

  async checkAsync<T>(validate: () => Promise<T>): Promise<T | undefined> {
    try {
      return await validate();
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      this.found.push(...error.fieldErrors);
      return undefined;
    }
  }

  add(field: string, message: string): void {
    this.found.push({ field, message });
  }

  get any(): boolean {
    return this.found.length > 0;
  }

  throwIfAny(): void {
    if (this.found.length > 0) throw BadUserInputError.of(this.found);
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
