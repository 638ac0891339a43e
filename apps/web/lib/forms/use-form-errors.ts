'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { messagesByField } from '@/components/nhsuk/error-summary';
import { fieldErrorsOf, isUnauthenticated, type CallError, type FieldError } from '@/lib/graphql/result';

/**
 * The one way forms handle a failed call: an expired session goes to sign in with a message;
 * anything else is shown in the error summary and, when it names a field, at the field.
 */
export function useFormErrors() {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const fail = useCallback(
    (error: CallError) => {
      if (isUnauthenticated(error)) {
        router.push('/sign-in?error=SessionExpired');
        return;
      }
      setErrors(fieldErrorsOf(error));
    },
    [router],
  );
  return { errors, setErrors, fail, byField: messagesByField(errors) };
}
