'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { handoverTaken } from '@/app/sign-in/actions';
import { safeCallbackUrl } from '@/lib/auth/callback-url';
import { signInFailureErrors } from '@/lib/auth/sign-in';
import type { StepOutcome } from '@/lib/auth/sign-in-steps';
import type { FieldError } from '@/lib/graphql/result';

export const SIGN_IN_STEP_PATHS = { code: '/sign-in/code', 'set-up-authenticator': '/sign-in/set-up-authenticator' } as const;

const SERVICE_UNAVAILABLE = signInFailureErrors('ServiceUnavailable');

/**
 * What every step's form does with a step's outcome: errors to show, the next step's page, or, once
 * signed in, next-auth takes the session and the person goes on to where they were going.
 */
export function useSignInStep(callbackUrl: string) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [restart, setRestart] = useState(false);
  const [busy, setBusy] = useState(false);
  const destination = () => safeCallbackUrl(callbackUrl, window.location.origin);

  /** Signs in with the handover the last step left; false when next-auth could not take it. */
  async function takeSession(): Promise<boolean> {
    // next-auth reads `error` from the URL it answers with, which is this page's own unless told
    // otherwise: after "?error=SessionExpired" a good sign-in would read as a failed one
    const response = await signIn('handover', { redirect: false, callbackUrl: destination() });
    await handoverTaken().catch(() => undefined);
    if (!response || response.error || !response.ok) {
      setErrors(SERVICE_UNAVAILABLE);
      return false;
    }
    return true;
  }

  function goOn() {
    router.replace(destination());
    router.refresh();
  }

  /** Runs a step; answers the outcome when signed in (for pages that show something first), else null. */
  async function run(step: () => Promise<StepOutcome>, { stay = false }: { stay?: boolean } = {}): Promise<StepOutcome | null> {
    setBusy(true);
    let outcome: StepOutcome;
    try {
      outcome = await step();
    } catch {
      outcome = { next: 'failed', errors: SERVICE_UNAVAILABLE };
    }
    if (outcome.next === 'failed') {
      setErrors(outcome.errors);
      setRestart(outcome.restart ?? false);
      setBusy(false);
      return null;
    }
    if (outcome.next === 'signed-in') {
      const taken = await takeSession();
      setBusy(false);
      if (!taken) return null;
      if (!stay) goOn();
      return outcome;
    }
    setErrors([]);
    router.push(`${SIGN_IN_STEP_PATHS[outcome.next]}?${new URLSearchParams({ callbackUrl: destination() })}`);
    return outcome;
  }

  return { errors, setErrors, restart, busy, run, goOn, refresh: () => router.refresh() };
}
