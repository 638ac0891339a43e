'use client';

import Link from 'next/link';
import type { FormEvent } from 'react';
import { sendSummaryNow } from '@/app/(portal)/system-management/notifications/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { NOTIFICATIONS_PATH } from '@/lib/navigation';
import { inSentence } from '@/lib/teams';
import type { Team } from '@/src/gql/graphql';

/** The confirmation step before sending a team's summary straight away. */
export function SendSummaryNowForm({
  team,
  teamName,
  email,
  enabled,
  outstanding,
}: {
  team: Team;
  teamName: string;
  email: string;
  enabled: boolean;
  outstanding: number | null;
}) {
  const { errors, run, pending } = useServerAction(sendSummaryNow);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(team);
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <span className="nhsuk-caption-l">Notification settings</span>
      <h1>
        Send the {inSentence(teamName)}’s summary to {email} now?
      </h1>
      <p>
        This sends this week’s summary of the {inSentence(teamName)}’s outstanding actions
        {outstanding === null ? '' : ` (${outstanding.toLocaleString('en-GB')} at the moment)`} straight away. The weekly email on Monday is still sent as
        usual.
      </p>
      {enabled ? null : <p>Weekly summary emails are turned off for this team, but this one will be sent.</p>}
      <form onSubmit={onSubmit} noValidate>
        <ButtonGroup>
          <Button disabled={pending}>Yes, send it now</Button>
          <Link className="nhsuk-link" href={NOTIFICATIONS_PATH}>
            No, go back
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
