'use client';

import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback } from 'react';
import type { Result } from '@/lib/graphql/result';
import { toResult } from './to-result';

/**
 * A mutation that resolves to the portal's Result type instead of throwing, so every form handles
 * success, field errors and failures the same way.
 */
export function useMutationResult<TData, TVariables extends Record<string, unknown>>(
  mutation: TypedDocumentNode<TData, TVariables>,
) {
  const [mutate, state] = useMutation<TData, TVariables>(mutation, { errorPolicy: 'all' });
  const run = useCallback(
    async (variables: TVariables): Promise<Result<TData>> => {
      try {
        const { data, error } = await mutate({ variables } as never);
        return toResult(data as TData | undefined, error);
      } catch (error) {
        return toResult<TData>(undefined, error ?? new Error('Unknown error'));
      }
    },
    [mutate],
  );
  return [run, { loading: state.loading }] as const;
}
