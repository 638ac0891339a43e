'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { changeSummaryEmail } from '@/app/(portal)/system-management/notifications/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, TextInput } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { NOTIFICATIONS_PATH } from '@/lib/navigation';
import { inSentence } from '@/lib/teams';
import type { Team } from '@/src/gql/graphql';

export function NotificationEmailForm({ team, teamName: name, email }: { team: Team; teamName: string; email: string }) {
  const [value, setValue] = useState(email);
  const { errors, setErrors, byField, run, pending } = useServerAction(changeSummaryEmail);
  const teamName = inSentence(name);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!value.trim()) {
      setErrors([{ field: 'email', message: `Enter the ${teamName} email address`, code: 'REQUIRED' }]);
      return;
    }
    run(team, value.trim(), { teamName: name, email });
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="nhsuk-caption-l">Notification settings</span>
      <h1>Change the {teamName} email address</h1>
      <form onSubmit={onSubmit} noValidate>
        <TextInput
          id="email"
          label="Email address"
          hint="The weekly summary of outstanding actions is sent to this address. The team’s contact in Organisation details does not change."
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={value}
          onChange={setValue}
          error={byField.email}
        />
        <ButtonGroup>
          <Button disabled={pending}>Continue</Button>
          <Link className="nhsuk-link" href={NOTIFICATIONS_PATH}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
