'use client';

import { useState, type FormEvent } from 'react';
import { acceptInvitation } from '@/app/sign-in/actions';
import { ErrorSummary, messagesByField } from '@/components/nhsuk/error-summary';
import { Button, TextInput } from '@/components/nhsuk/form';
import { PASSWORD_HINT } from '@/lib/auth/password';
import { useSignInStep } from './sign-in-step';

/** Sets the invited person's password; then they set up their authenticator app, or are signed in. */
export function AcceptInvitationForm({ token, username }: { token: string; username: string }) {
  const [password, setPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const step = useSignInStep('/');
  const byField = messagesByField(step.errors);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const outcome = await step.run(() => acceptInvitation(token, password, confirmPassword));
    if (!outcome) {
      setPassword('');
      setConfirmPassword('');
    }
  }

  return (
    <>
      <ErrorSummary errors={step.errors} fieldIds={{ password: 'new-password' }} />
      <form onSubmit={onSubmit} noValidate method="post">
        {/* for password managers: the account this password is for */}
        <input type="hidden" name="username" autoComplete="username" value={username} readOnly />
        <TextInput
          id="new-password"
          name="password"
          label="Create a password"
          hint={PASSWORD_HINT}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={byField.password}
          width={20}
        />
        <TextInput
          id="confirmPassword"
          label="Enter the password again"
          type="password"
          autoComplete="new-password"
          value={confirmPassword}
          onChange={setConfirmPassword}
          error={byField.confirmPassword}
          width={20}
        />
        <Button disabled={step.busy}>{step.busy ? 'Setting your password…' : 'Set password and continue'}</Button>
      </form>
    </>
  );
}
