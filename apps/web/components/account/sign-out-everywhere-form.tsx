'use client';

import Link from 'next/link';
import type { FormEvent } from 'react';
import { signOutEverywhere } from '@/app/(portal)/account/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { ACCOUNT_PATH } from '@/lib/account/paths';

export function SignOutEverywhereForm() {
  const { errors, run, pending } = useServerAction(signOutEverywhere);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run();
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="nhsuk-caption-l">Your account</span>
      <h1>Sign out of all devices</h1>
      <p>This signs you out of Staff Passport Settings everywhere you are signed in: on other computers, phones and browsers, and on this device too.</p>
      <p>Do this if you signed in on a device you no longer use, or you think someone else may be using your account. If you think someone knows your password, change it as well.</p>
      <form onSubmit={onSubmit} noValidate>
        <ButtonGroup>
          <Button variant="warning" disabled={pending}>
            Sign out of all devices
          </Button>
          <Link className="nhsuk-link" href={ACCOUNT_PATH}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
