import { BadUserInputError } from './domain-error';

export const MAX_PAGE_SIZE = 200;

export interface PageInput {
  offset?: number | null;
  limit?: number | null;
}

export interface PageRequest {
  offset: number;
  limit: number;
}

export interface Page<T> {
  nodes: T[];
  pageInfo: { offset: number; limit: number; totalCount: number; hasNextPage: boolean };
}

/** Checks a caller's page request; a missing one gets the first page of `defaultLimit`. */
export function pageRequest(
  input: PageInput | null | undefined,
  defaultLimit = 50,
): PageRequest {
  const offset = input?.offset ?? 0;
  const limit = input?.limit ?? defaultLimit;
  if (!Number.isInteger(offset) || offset < 0) {
    throw new BadUserInputError('page.offset', 'Page offset must be a whole number, 0 or more.');
  }
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError('page.limit', `Page size must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return { offset, limit };
}

export function toPage<T>(nodes: T[], totalCount: number, request: PageRequest): Page<T> {
  return {
    nodes,
    pageInfo: {
      offset: request.offset,
      limit: request.limit,
      totalCount,
      hasNextPage: request.offset + nodes.length < totalCount,
    },
  };
}
