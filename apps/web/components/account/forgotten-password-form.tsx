'use client';

import { useState, type FormEvent } from 'react';
import { requestPasswordReset } from '@/app/forgotten-password/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, TextInput } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';

export function ForgottenPasswordForm() {
  const [email, setEmail] = useState('');
  const { errors, byField, run, pending } = useServerAction(requestPasswordReset);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(email.trim());
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Forgotten your password?</h1>
      <p>Enter the email address your account uses. We will email you a link to set a new password.</p>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="email"
          label="Email address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          autoCapitalize="none"
          value={email}
          onChange={setEmail}
          error={byField.email}
        />
        <Button disabled={pending}>Send me a link</Button>
      </form>
    </>
  );
}
