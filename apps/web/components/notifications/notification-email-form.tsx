'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Button, ButtonGroup, TextInput } from '@/components/nhsuk/form';
import { useMutationResult } from '@/lib/apollo/use-mutation-result';
import { useFormErrors } from '@/lib/forms/use-form-errors';
import { TEAM_SLUGS, teamInSentence } from '@/lib/teams';
import type { Team } from '@/src/gql/graphql';
import { UpdateNotificationSettingMutation } from './notification-toggle-form';

const RETURN_TO = '/system-management/notifications';

export function NotificationEmailForm({ team, email }: { team: Team; email: string }) {
  const router = useRouter();
  const [value, setValue] = useState(email);
  const { errors, setErrors, fail, byField } = useFormErrors();
  const [update, { loading }] = useMutationResult(UpdateNotificationSettingMutation);
  const teamName = teamInSentence(team);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!value.trim()) {
      setErrors([{ field: 'email', message: `Enter the ${teamName} email address`, code: 'REQUIRED' }]);
      return;
    }
    const result = await update({ input: { team, email: value.trim() } });
    if (!result.ok) return fail(result.error);
    router.push(`${RETURN_TO}?changed=${TEAM_SLUGS[team]}`);
    router.refresh();
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
          hint="The weekly summary of outstanding actions is sent to this address"
          type="email"
          autoComplete="email"
          spellCheck={false}
          value={value}
          onChange={setValue}
          error={byField.email}
        />
        <ButtonGroup>
          <Button disabled={loading}>Continue</Button>
          <Link className="nhsuk-link" href={RETURN_TO}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </>
  );
}
