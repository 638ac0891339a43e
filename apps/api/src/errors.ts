import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { BadUserInputError, DomainError, type DomainErrorCode, type FieldErrorDetail } from '@staff-passport/core';

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
    case 'ACCOUNT_LOCKED':
      return { message: error.message, extensions: { code } };
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
