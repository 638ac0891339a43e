'use client';

import Link from 'next/link';
import { useState, type FormEvent, type ReactNode } from 'react';
import {
  changePortalUserRole,
  confirmPortalUserAction,
  resendInvitation,
  setPortalAdministratorMfaRequired,
  type PortalUserAction,
} from '@/app/(portal)/system-management/users/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, Radios } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { portalUserPath } from '@/lib/navigation';
import type { PortalRole } from '@/src/gql/graphql';
import { TRUST_ROLE_OPTIONS } from './portal-users';

/**
 * The API's refusals (the trust's only active Senior Portal Administrator, your own account) are about
 * the person, not a field of this form: the error summary shows them as they are, at the top.
 */
const USER_FIELD_IDS = { role: 'role', portalUserId: 'role' };

export function ChangeRoleForm({ portalUserId, displayName, currentRole }: { portalUserId: string; displayName: string; currentRole: PortalRole }) {
  const [role, setRole] = useState<string>(currentRole);
  const { errors, byField, run, pending } = useServerAction(changePortalUserRole);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(portalUserId, role as PortalRole, currentRole);
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={USER_FIELD_IDS} />
      <form onSubmit={onSubmit} noValidate>
        <Radios
          id="role"
          name="role"
          legend={<h1 className="nhsuk-fieldset__heading">Change {displayName}’s role</h1>}
          legendSize="l"
          hint="Someone who has accepted their invitation is told by email. A Senior Portal Administrator needs an authenticator app, and sets one up at their next sign-in if they have none."
          options={TRUST_ROLE_OPTIONS}
          value={role}
          onChange={setRole}
          error={byField.role ?? byField.portalUserId}
        />
        <ButtonGroup>
          <Button disabled={pending}>Save role</Button>
          <Link className="nhsuk-link" href={portalUserPath(portalUserId)}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

/** An 'Are you sure' page's question, what will happen (`children`) and its Yes / No. */
export function ConfirmPortalUserActionForm({
  action,
  portalUserId,
  heading,
  confirmText,
  warning,
  children,
}: {
  action: PortalUserAction;
  portalUserId: string;
  heading: string;
  confirmText: string;
  /** Red for what cannot simply be undone by the person themselves (deactivate, reset, withdraw). */
  warning: boolean;
  children: ReactNode;
}) {
  const { errors, run, pending } = useServerAction(confirmPortalUserAction);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(action, portalUserId);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{heading}</h1>
      {children}
      <form onSubmit={onSubmit} noValidate>
        <ButtonGroup>
          <Button variant={warning ? 'warning' : undefined} disabled={pending}>
            {confirmText}
          </Button>
          <Link className="nhsuk-link" href={portalUserPath(portalUserId)}>
            No, go back
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

export function ResendInvitationForm({ portalUserId }: { portalUserId: string }) {
  const { errors, run, pending } = useServerAction(resendInvitation);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(portalUserId);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} />
      <Button variant="secondary" disabled={pending}>
        Send the invitation again
      </Button>
    </form>
  );
}

const MFA_OPTIONS = [
  { value: 'yes', label: 'Yes', hint: 'Each Portal Administrator sets up an authenticator app at their next sign-in.' },
  { value: 'no', label: 'No', hint: 'Portal Administrators sign in with their password only.' },
];

/** Whether the trust's Portal Administrators need an authenticator app (Senior Portal Administrators always do). */
export function PortalAdministratorMfaForm({ required }: { required: boolean }) {
  const [value, setValue] = useState(required ? 'yes' : 'no');
  const { errors, run, pending } = useServerAction(setPortalAdministratorMfaRequired);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(value === 'yes', required);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="mfa-setting-heading">
      <ErrorSummary errors={errors} />
      <Radios
        id="portalAdministratorMfaRequired"
        name="portalAdministratorMfaRequired"
        legend="Do Portal Administrators need an authenticator app?"
        legendSize="s"
        hint="Senior Portal Administrators always need one."
        options={MFA_OPTIONS}
        value={value}
        onChange={setValue}
        inline={false}
      />
      <Button variant="secondary" disabled={pending}>
        Save
      </Button>
    </form>
  );
}
