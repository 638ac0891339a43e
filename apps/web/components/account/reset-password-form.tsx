'use client';

import { useState, type FormEvent } from 'react';
import { resetPassword } from '@/app/reset-password/actions';
import { PASSWORD_HINT } from '@/lib/auth/password';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, TextInput } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';

export function ResetPasswordForm() {
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { errors, byField, run, pending } = useServerAction(resetPassword);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(newPassword, confirmation);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>Create a new password</h1>
      <p>Setting a new password signs you out of Staff Passport Settings on every device. Then sign in with your new password.</p>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="newPassword"
          label="New password"
          hint={PASSWORD_HINT}
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
          error={byField.newPassword}
        />
        <TextInput
          id="confirmPassword"
          label="Confirm new password"
          type="password"
          autoComplete="new-password"
          value={confirmation}
          onChange={setConfirmation}
          error={byField.confirmPassword}
        />
        <Button disabled={pending}>Set new password</Button>
      </form>
    </>
  );
}
