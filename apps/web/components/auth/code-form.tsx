'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { submitCode } from '@/app/sign-in/actions';
import { ErrorSummary, messagesByField } from '@/components/nhsuk/error-summary';
import { SecurityCodeForm } from './security-code-form';
import { useSignInStep } from './sign-in-step';

/** The second step of signing in: the code the authenticator app shows, or one recovery code. */
export function CodeForm({ callbackUrl }: { callbackUrl: string }) {
  const [code, setCode] = useState('');
  const step = useSignInStep(callbackUrl);
  const byField = messagesByField(step.errors);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await step.run(() => submitCode(code));
    if (!outcome) setCode('');
  }

  return (
    <>
      <ErrorSummary errors={step.errors} />
      <h1>Enter the code from your authenticator app</h1>
      {step.restart ? (
        <p>
          <Link href={`/sign-in?${new URLSearchParams({ callbackUrl })}`}>Sign in again</Link>
        </p>
      ) : (
        <SecurityCodeForm
          hint="The 6-digit code your authenticator app shows for NHS Digital Staff Passport. If you do not have your phone, enter one of your recovery codes instead: each works once."
          code={code}
          onCodeChange={setCode}
          error={byField.code}
          busy={step.busy}
          onSubmit={onSubmit}
        />
      )}
      <p>
        Lost your phone and your recovery codes? Ask a Senior Portal Administrator of your trust to reset your authenticator app.
      </p>
    </>
  );
}
