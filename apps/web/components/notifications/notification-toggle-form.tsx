'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, Radios } from '@/components/nhsuk/form';
import { useMutationResult } from '@/lib/apollo/use-mutation-result';
import { useFormErrors } from '@/lib/forms/use-form-errors';
import { TEAM_SLUGS, teamInSentence } from '@/lib/teams';
import { graphql } from '@/src/gql';
import type { Team } from '@/src/gql/graphql';

export const UpdateNotificationSettingMutation = graphql(`
  mutation UpdateNotificationSetting($input: UpdateNotificationSettingInput!) {
    updateNotificationSetting(input: $input) {
      id
      team
      email
      enabled
    }
  }
`);

export function NotificationToggleForm({ team, enabled }: { team: Team; enabled: boolean }) {
  const router = useRouter();
  const [value, setValue] = useState(enabled ? 'yes' : 'no');
  const { errors, fail, byField } = useFormErrors();
  const [update, { loading }] = useMutationResult(UpdateNotificationSettingMutation);
  const id = `${TEAM_SLUGS[team]}-enabled`;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = await update({ input: { team, enabled: value === 'yes' } });
    if (!result.ok) return fail(result.error);
    router.push(`/system-management/notifications?saved=${TEAM_SLUGS[team]}`);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={errors} fieldIds={{ enabled: id, team: id }} />
      <Radios
        id={id}
        name={id}
        legend={`Send the ${teamInSentence(team)} a weekly email summary of outstanding actions?`}
        legendSize="s"
        value={value}
        onChange={setValue}
        error={byField.enabled ?? byField.team}
        options={[
          { value: 'yes', label: 'Yes, send email notifications' },
          { value: 'no', label: 'No, do not send email notifications' },
        ]}
      />
      <Button variant="secondary" disabled={loading}>
        Save<span className="nhsuk-u-visually-hidden"> {teamInSentence(team)} notification setting</span>
      </Button>
    </form>
  );
}
