'use client';

import { useState, type FormEvent } from 'react';
import { acceptInvitation } from '@/app/sign-in/actions';
import { NewPasswordFields } from '@/components/account/new-password-fields';
import { ErrorSummary, messagesByField } from '@/components/nhsuk/error-summary';
import { Button } from '@/components/nhsuk/form';
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
      <ErrorSummary errors={step.errors} fieldIds={{ password: 'newPassword' }} />
      <form onSubmit={onSubmit} noValidate method="post">
        {/* for password managers: the account this password is for */}
        <input type="hidden" name="username" autoComplete="username" value={username} readOnly />
        <NewPasswordFields
          labels={{ password: 'Create a password', confirmation: 'Enter the password again' }}
          password={password}
          confirmation={confirmPassword}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmPassword}
          errors={{ password: byField.password, confirmation: byField.confirmPassword }}
        />
        <Button disabled={step.busy}>{step.busy ? 'Setting your password…' : 'Set password and continue'}</Button>
      </form>
    </>
  );
}
