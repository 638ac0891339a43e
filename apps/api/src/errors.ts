import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BadUserInputError, DomainError, databaseWaitFailure, TooManyAttemptsError, type DomainErrorCode, type FieldErrorDetail } from '@staff-passport/core';
import { tokenLimitRefusal } from './query-limits';

/** Where formatError leaves the other field errors of one BadUserInputError, for fieldErrorsPlugin to spread. */
const MORE_FIELD_ERRORS = 'moreFieldErrors';

/** How each domain error reaches callers. Field errors carry the input field they concern. */
export function formatDomainError(error: DomainError): GraphQLFormattedError {
  const code: DomainErrorCode = error.code;
  switch (code) {
    case 'BAD_USER_INPUT': {
      const [first, ...more]: readonly FieldErrorDetail[] =
        error instanceof BadUserInputError ? error.fieldErrors : [{ field: error.field ?? '', message: error.message }];
      return { message: first.message, extensions: { code, field: first.field, ...(more.length ? { [MORE_FIELD_ERRORS]: more } : {}) } };
    }
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
      return { message: error.message, extensions: { code } };
    case 'TOO_MANY_ATTEMPTS':
      return {
        message: error.message,
        extensions: { code, retryAfterSeconds: error instanceof TooManyAttemptsError ? Math.ceil(error.retryAfterMs / 1000) : undefined },
      };
    default: {
      const unhandled: never = code;
      throw new Error(`No GraphQL mapping for domain error code ${String(unhandled)}`);
    }
  }
}

/** The error that started it all: resolvers and plugin hooks wrap what they throw in GraphQLErrors. */
function rootCause(error: unknown): unknown {
  let cause = error;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  return cause;
}

export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

/**
 * A database wait that ran out (no free connection, a lock held too long, a statement too slow) as
 * callers get it: SERVICE_UNAVAILABLE and what to do, never an internal error. Null for anything else.
 */
export function serviceUnavailable(error: unknown): GraphQLError | null {
  const cause = rootCause(error);
  const failure = databaseWaitFailure(cause);
  if (!failure) return null;
  return new GraphQLError(`${failure.message} Nothing was changed. Try again in a moment.`, {
    originalError: cause as Error,
    extensions: { code: SERVICE_UNAVAILABLE, reason: failure.reason, http: { status: 503 } },
  });
}

export interface ErrorLog {
  /** A fault of ours: the details stay in the log. */
  fault(error: unknown): void;
  /** The database did not answer in time: logged as a warning with its reason. */
  unavailable(reason: string, error: unknown): void;
}

/**
 * Apollo's formatError hook: domain errors keep their message and code; GraphQL's own validation and
 * parsing errors pass through (the token limit as the refusal it is; field suggestions only when
 * `hideSuggestions` is off); a database wait that ran out is SERVICE_UNAVAILABLE; anything else is an
 * internal fault whose details stay in the log.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: ErrorLog,
  hideSuggestions = false,
): GraphQLFormattedError {
  const original = rootCause(error);
  if (original instanceof DomainError) return { ...formatDomainError(original), path: formatted.path };
  const unavailable = serviceUnavailable(original);
  if (unavailable) {
    log.unavailable(String(unavailable.extensions.reason), original);
    return { message: unavailable.message, path: formatted.path, extensions: { code: SERVICE_UNAVAILABLE } };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_PARSE_FAILED') {
    const refusal = tokenLimitRefusal(formatted.message);
    if (refusal) return { message: refusal, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
  }
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return hideSuggestions ? { ...formatted, message: withoutSuggestions(formatted.message) } : formatted;
  }
  log.fault(original);
  return {
    message: 'Sorry, there is a problem with the service. Try again later.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/**
 * GraphQL's "Did you mean …?" hints spell out the schema to someone guessing at it; in production,
 * where introspection is off, they are left out.
 */
function withoutSuggestions(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, '');
}

/**
 * A command that finds several things wrong with its input reports all of them: one GraphQL error per
 * field (each with `extensions.code = BAD_USER_INPUT` and its `field`), in the order the form shows them.
 */
export const fieldErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.flatMap((formatted) => {
          const more = formatted.extensions?.[MORE_FIELD_ERRORS] as FieldErrorDetail[] | undefined;
          if (!more) return [formatted];
          const { [MORE_FIELD_ERRORS]: _spread, ...extensions } = formatted.extensions!;
          return [
            { ...formatted, extensions },
            ...more.map((detail) => ({ message: detail.message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', field: detail.field } })),
          ];
        });
      },
    };
  },
};
