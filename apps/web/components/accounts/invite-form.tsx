'use client';

import Link from 'next/link';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { invitePortalUser } from '@/app/(portal)/system-management/users/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, Radios, TextInput } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { PORTAL_USERS_PATH } from '@/lib/navigation';
import { CheckAnswers, focusFieldSoon } from './check-answers';
import { ROLE_NAMES, TRUST_ROLE_OPTIONS } from './portal-users';

type TrustRole = (typeof TRUST_ROLE_OPTIONS)[number]['value'];

/** The answers' fields, for the error summary's links from the check step back to the form. */
const FIELD_IDS = { displayName: 'displayName', email: 'email', role: 'role' };

/**
 * Invite someone: their name, email address and role, then check the answers, then Send invitation.
 * Nothing happens until Send; the API's errors (an address already in use, a name it refuses) bring
 * the form back with every error at its field.
 */
export function InviteForm() {
  const [values, setValues] = useState({ displayName: '', email: '', role: '' });
  const [step, setStep] = useState<'form' | 'check'>('form');
  const { errors, setErrors, byField, run, pending } = useServerAction(async (input: { displayName: string; email: string; role: TrustRole }) => {
    const failure = await invitePortalUser(input);
    if (failure) setStep('form');
    return failure;
  });
  const heading = useRef<HTMLHeadingElement>(null);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  useEffect(() => {
    // Each step is a page of its own to the person: focus and title move with it.
    document.title = document.title.replace(/^(Error: )?(Check the invitation|Invite a portal user)/, `$1${step === 'check' ? 'Check the invitation' : 'Invite a portal user'}`);
    if (step === 'check') heading.current?.focus();
  }, [step]);

  function backTo(fieldId: string) {
    setStep('form');
    focusFieldSoon(fieldId);
  }

  function onContinue(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(values.displayName.trim() ? [] : [{ field: 'displayName', message: 'Enter their full name', code: 'BAD_USER_INPUT' }]),
      ...(values.email.trim() ? [] : [{ field: 'email', message: 'Enter their email address', code: 'BAD_USER_INPUT' }]),
      ...(values.role ? [] : [{ field: 'role', message: 'Select a role', code: 'BAD_USER_INPUT' }]),
    ];
    setErrors(missing);
    if (missing.length === 0) setStep('check');
  }

  function onSend(event: FormEvent) {
    event.preventDefault();
    run({ displayName: values.displayName, email: values.email, role: values.role as TrustRole });
  }

  if (step === 'check') {
    return (
      <>
        <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
        <span className="nhsuk-caption-l">Portal users</span>
        <h1 tabIndex={-1} ref={heading}>
          Check the invitation before you send it
        </h1>
        <CheckAnswers
          rows={[
            { key: 'Name', value: values.displayName, fieldId: 'displayName', visuallyHiddenText: 'name' },
            { key: 'Email address', value: values.email, fieldId: 'email', visuallyHiddenText: 'email address' },
            { key: 'Role', value: ROLE_NAMES[values.role as TrustRole], fieldId: 'role', visuallyHiddenText: 'role' },
          ]}
          onChange={backTo}
        />
        <p>
          We will email {values.displayName} a link to set a password. It works once, for 72 hours. Until they use it, you can send it again or
          withdraw it.
        </p>
        <form onSubmit={onSend} noValidate>
          <ButtonGroup>
            <Button disabled={pending}>Send invitation</Button>
            <Link className="nhsuk-link" href={PORTAL_USERS_PATH}>
              Cancel
            </Link>
          </ButtonGroup>
        </form>
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={errors} fieldIds={FIELD_IDS} />
      <span className="nhsuk-caption-l">Portal users</span>
      <h1>Invite a portal user</h1>
      <p>They will get an email with a link to set a password. Their email address is what they sign in with.</p>
      <form onSubmit={onContinue} noValidate>
        <TextInput id="displayName" label="Full name" autoComplete="off" value={values.displayName} onChange={set('displayName')} error={byField.displayName} />
        <TextInput
          id="email"
          label="Email address"
          hint="Their work email address, for example firstname.lastname@nhs.net"
          type="email"
          spellCheck={false}
          autoComplete="off"
          value={values.email}
          onChange={set('email')}
          error={byField.email}
        />
        <Radios id="role" name="role" legend="Role" legendSize="s" options={TRUST_ROLE_OPTIONS} value={values.role} onChange={set('role')} error={byField.role} />
        <ButtonGroup>
          <Button>Continue</Button>
          <Link className="nhsuk-link" href={PORTAL_USERS_PATH}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
