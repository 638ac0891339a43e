'use client';

import Link from 'next/link';
import type { FormEvent, ReactNode } from 'react';
import { changeTrust, type TrustAction } from '@/app/(portal)/trusts/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';

/** An 'Are you sure' page about a trust (deactivate, reactivate): its question, what happens, Yes / No. */
export function ConfirmTrustActionForm({
  action,
  trustId,
  heading,
  confirmText,
  warning,
  backHref,
  children,
}: {
  action: TrustAction;
  trustId: string;
  heading: string;
  confirmText: string;
  warning: boolean;
  backHref: string;
  children: ReactNode;
}) {
  const { errors, run, pending } = useServerAction(changeTrust);
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1>{heading}</h1>
      {children}
      <form
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          run(action, trustId);
        }}
        noValidate
      >
        <ButtonGroup>
          <Button variant={warning ? 'warning' : undefined} disabled={pending}>
            {confirmText}
          </Button>
          <Link className="nhsuk-link" href={backHref}>
            No, go back
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}

export function ResendTrustInvitationForm({ trustId }: { trustId: string }) {
  const { errors, run, pending } = useServerAction(changeTrust);
  return (
    <form
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        run('resend-invitation', trustId);
      }}
      noValidate
    >
      <ErrorSummary errors={errors} />
      <Button variant="secondary" disabled={pending}>
        Send the invitation again
      </Button>
    </form>
  );
}
