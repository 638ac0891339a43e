import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { errorFromGraphQLErrors, fail, ok, resultFromResponse, type Result } from '@/lib/graphql/result';

/**
 * Turns what Apollo Client 4 gives back from a query or mutation (with `errorPolicy: 'all'`) into
 * the portal's one Result type.
 */
export function toResult<T>(data: T | null | undefined, error: unknown): Result<T> {
  if (error) {
    if (CombinedGraphQLErrors.is(error)) return fail(errorFromGraphQLErrors(error.errors));
    if (ServerError.is(error)) {
      // A non-2xx answer may still carry GraphQL errors (our proxy's UNAUTHENTICATED, for one).
      try {
        const parsed = resultFromResponse<T>(error.statusCode, JSON.parse(error.bodyText));
        if (!parsed.ok) return parsed;
      } catch {
        // not JSON: fall through to an HTTP error
      }
      return fail({ kind: 'http', status: error.statusCode, message: error.message });
    }
    if (ServerParseError.is(error)) return fail({ kind: 'http', status: error.statusCode, message: error.message });
    return fail({ kind: 'network', message: error instanceof Error ? error.message : String(error) });
  }
  if (data == null) return fail({ kind: 'http', status: 200, message: 'The API answered with no data' });
  return ok(data);
}
