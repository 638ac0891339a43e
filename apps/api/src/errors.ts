import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError, TooManyAttemptsError, type DomainErrorCode } from '@staff-passport/core';

/** How each domain error reaches callers. Field errors carry the input field they concern. */
export function formatDomainError(error: DomainError): GraphQLFormattedError {
  const code: DomainErrorCode = error.code;
  switch (code) {
    case 'BAD_USER_INPUT':
      return { message: error.message, extensions: { code, field: error.field } };
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

/**
 * Apollo's formatError hook: domain errors keep their message and code; GraphQL's own validation and
 * parsing errors pass through; anything else is an internal fault whose details stay in the log.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (error: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return { ...formatDomainError(original), path: formatted.path };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
  log(original);
  return {
    message: 'Sorry, there is a problem with the service. Try again later.',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
