'use client';

import { TextInput } from '@/components/nhsuk/form';
import { PASSWORD_HINT } from '@/lib/account/passwords';

/**
 * The new password and its confirmation, as every form that sets a password asks for them (accepting an
 * invitation, a reset link, changing it): ids `newPassword` and `confirmPassword`, the API's rule as hint.
 */
export function NewPasswordFields({
  labels,
  password,
  confirmation,
  onPasswordChange,
  onConfirmationChange,
  errors,
}: {
  labels: { password: string; confirmation: string };
  password: string;
  confirmation: string;
  onPasswordChange: (value: string) => void;
  onConfirmationChange: (value: string) => void;
  errors: { password?: string; confirmation?: string };
}) {
  return (
    <>
      <TextInput
        id="newPassword"
        label={labels.password}
        hint={PASSWORD_HINT}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={onPasswordChange}
        error={errors.password}
        width={20}
      />
      <TextInput
        id="confirmPassword"
        label={labels.confirmation}
        type="password"
        autoComplete="new-password"
        value={confirmation}
        onChange={onConfirmationChange}
        error={errors.confirmation}
        width={20}
      />
    </>
  );
}
