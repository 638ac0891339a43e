/**
 * One result type for every call to the API, so every form handles failure the same way: either
 * `ok` with the data, or an error typed by the layer that failed.
 */
export interface FieldError {
  /** The input field the message is about (e.g. "name"), or null when it is about the whole form. */
  field: string | null;
  message: string;
  code: string;
}

export type CallError =
  /** The request never got an answer (server down, connection refused). */
  | { kind: 'network'; message: string }
  /** An answer that is not a GraphQL response (e.g. 502 from a proxy). */
  | { kind: 'http'; status: number; message: string }
  /** A GraphQL error a person cannot fix on the form: UNAUTHENTICATED, FORBIDDEN, ACCOUNT_LOCKED... */
  | { kind: 'graphql'; code: string; message: string }
  /** Errors a person can fix: BAD_USER_INPUT, each with its field. */
  | { kind: 'validation'; errors: FieldError[] };

export type Result<T> = { ok: true; data: T } | { ok: false; error: CallError };

export interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T = never>(error: CallError): Result<T> => ({ ok: false, error });

/** Sorts GraphQL errors: field errors become one validation error; otherwise the first one's code. */
export function errorFromGraphQLErrors(errors: readonly GraphQLErrorLike[]): CallError {
  const validation = errors.filter((e) => e.extensions?.code === 'BAD_USER_INPUT');
  if (validation.length > 0) {
    return {
      kind: 'validation',
      errors: validation.map((e) => ({
        field: typeof e.extensions?.field === 'string' ? e.extensions.field : null,
        message: e.message,
        code: 'BAD_USER_INPUT',
      })),
    };
  }
  const first = errors[0];
  const code = typeof first?.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
  return { kind: 'graphql', code, message: first?.message ?? 'Unknown error' };
}

/** Turns a parsed HTTP answer from a GraphQL endpoint into a Result. */
export function resultFromResponse<T>(status: number, body: unknown): Result<T> {
  const response = body as { data?: T | null; errors?: GraphQLErrorLike[] } | null;
  if (response && Array.isArray(response.errors) && response.errors.length > 0) {
    return fail(errorFromGraphQLErrors(response.errors));
  }
  if (status < 200 || status >= 300 || !response || response.data == null) {
    return fail({ kind: 'http', status, message: `The API answered with HTTP ${status}` });
  }
  return ok(response.data);
}

export const isUnauthenticated = (error: CallError) => error.kind === 'graphql' && error.code === 'UNAUTHENTICATED';

/** What to tell a person about an error that is not about one field. */
export function describeError(error: CallError): string {
  switch (error.kind) {
    case 'network':
      return 'The service is not available at the moment. Try again later.';
    case 'http':
      return 'Sorry, there is a problem with the service. Try again later.';
    case 'graphql':
      switch (error.code) {
        case 'UNAUTHENTICATED':
          return 'Your session has expired. Sign in again.';
        case 'FORBIDDEN':
          return 'You do not have permission to change these settings. Only a Senior Portal Administrator can.';
        case 'ACCOUNT_LOCKED':
          return 'Your account is locked because of too many failed sign-in attempts. Try again in 15 minutes.';
        default:
          return error.message || 'Sorry, there is a problem with the service. Try again later.';
      }
    case 'validation':
      return error.errors.map((e) => e.message).join(' ');
    default: {
      const unreachable: never = error;
      return unreachable;
    }
  }
}

/** The field errors to show in an error summary: validation errors as they are, others as one. */
export function fieldErrorsOf(error: CallError): FieldError[] {
  if (error.kind === 'validation') return error.errors;
  return [{ field: null, message: describeError(error), code: error.kind === 'graphql' ? error.code : error.kind }];
}
