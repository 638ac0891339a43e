'use client';

import { useCallback, useTransition } from 'react';
import { useFormErrors } from '@/lib/forms/use-form-errors';
import type { ActionFailure } from './call-api';

/**
 * Runs a server action that makes a change: on success the action redirects (with its flash message
 * for the next page); on failure its errors go to the form's error summary and fields.
 */
export function useServerAction<Args extends unknown[]>(action: (...args: Args) => Promise<ActionFailure | void>) {
  const [pending, startTransition] = useTransition();
  const form = useFormErrors();
  const { fail } = form;
  const run = useCallback(
    (...args: Args) =>
      startTransition(async () => {
        const failure = await action(...args);
        if (failure) fail(failure.error);
      }),
    [action, fail],
  );
  return { ...form, run, pending };
}
