'use client';

import { useState, type FormEvent } from 'react';
import { resetPassword } from '@/app/reset-password/actions';
import { NewPasswordFields } from '@/components/account/new-password-fields';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button } from '@/components/nhsuk/form';
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
        <NewPasswordFields
          labels={{ password: 'New password', confirmation: 'Confirm new password' }}
          password={newPassword}
          confirmation={confirmation}
          onPasswordChange={setNewPassword}
          onConfirmationChange={setConfirmation}
          errors={{ password: byField.newPassword, confirmation: byField.confirmPassword }}
        />
        <Button disabled={pending}>Set new password</Button>
      </form>
    </>
  );
}
