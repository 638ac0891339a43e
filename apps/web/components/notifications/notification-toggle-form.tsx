'use client';

import { useState, type FormEvent } from 'react';
import { turnSummaryOnOrOff } from '@/app/(portal)/system-management/notifications/actions';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, Radios } from '@/components/nhsuk/form';
import { useServerAction } from '@/lib/actions/use-server-action';
import { inSentence, TEAM_SLUGS } from '@/lib/teams';
import type { Team } from '@/src/gql/graphql';

export function NotificationToggleForm({ team, teamName, enabled }: { team: Team; teamName: string; enabled: boolean }) {
  const [value, setValue] = useState(enabled ? 'yes' : 'no');
  const { errors, byField, run, pending } = useServerAction(turnSummaryOnOrOff);
  const id = `${TEAM_SLUGS[team]}-enabled`;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(team, value === 'yes', { teamName, enabled });
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} fieldIds={{ enabled: id, team: id }} />
      <Radios
        id={id}
        name={id}
        legend={`Send the ${inSentence(teamName)} a weekly email summary of outstanding actions?`}
        legendSize="s"
        value={value}
        onChange={setValue}
        error={byField.enabled ?? byField.team}
        options={[
          { value: 'yes', label: 'Yes, send email notifications' },
          { value: 'no', label: 'No, do not send email notifications' },
        ]}
      />
      <Button variant="secondary" disabled={pending}>
        Save<span className="nhsuk-u-visually-hidden"> {inSentence(teamName)} notification setting</span>
      </Button>
    </form>
  );
}
