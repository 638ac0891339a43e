'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { changePassword } from '@/app/(portal)/account/actions';
import { NewPasswordFields } from '@/components/account/new-password-fields';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, TextInput } from '@/components/nhsuk/form';
import { InsetText } from '@/components/nhsuk/layout-parts';
import { useServerAction } from '@/lib/actions/use-server-action';
import { ACCOUNT_PATH } from '@/lib/account/paths';

export function ChangePasswordForm() {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { errors, byField, run, pending } = useServerAction(changePassword);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(currentPassword, newPassword, confirmation);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="nhsuk-caption-l">Your account</span>
      <h1>Change your password</h1>
      <InsetText>
        <p>Changing your password signs you out on all your other devices. You stay signed in on this one.</p>
      </InsetText>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="currentPassword"
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={setCurrentPassword}
          error={byField.currentPassword}
        />
        <NewPasswordFields
          labels={{ password: 'New password', confirmation: 'Confirm new password' }}
          password={newPassword}
          confirmation={confirmation}
          onPasswordChange={setNewPassword}
          onConfirmationChange={setConfirmation}
          errors={{ password: byField.newPassword, confirmation: byField.confirmPassword }}
        />
        <ButtonGroup>
          <Button disabled={pending}>Change password</Button>
          <Link className="nhsuk-link" href={ACCOUNT_PATH}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
