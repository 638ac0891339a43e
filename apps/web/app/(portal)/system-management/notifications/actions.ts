'use server';

import { redirect } from 'next/navigation';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { setFlash } from '@/lib/flash';
import { NOTIFICATIONS_PATH } from '@/lib/navigation';
import { teamInSentence } from '@/lib/teams';
import { graphql } from '@/src/gql';
import type { Team } from '@/src/gql/graphql';

const UpdateNotificationSettingMutation = graphql(`
  mutation UpdateNotificationSetting($input: UpdateNotificationSettingInput!) {
    updateNotificationSetting(input: $input) {
      team
      email
      enabled
    }
  }
`);

const SendSummaryNowMutation = graphql(`
  mutation SendSummaryNow($team: Team!) {
    sendSummaryNow(team: $team) {
      team
      recipient
    }
  }
`);

export async function changeSummaryEmail(team: Team, email: string): Promise<ActionFailure | void> {
  const result = await callApi(UpdateNotificationSettingMutation, { input: { team, email } });
  if (!result.ok) return { error: result.error };
  const setting = result.data.updateNotificationSetting;
  await setFlash({ kind: 'success', page: NOTIFICATIONS_PATH, message: `The ${teamInSentence(team)}’s weekly summary will now go to ${setting.email}` });
  redirect(NOTIFICATIONS_PATH);
}

export async function turnSummaryOnOrOff(team: Team, enabled: boolean): Promise<ActionFailure | void> {
  const result = await callApi(UpdateNotificationSettingMutation, { input: { team, enabled } });
  if (!result.ok) return { error: result.error };
  const setting = result.data.updateNotificationSetting;
  const message = setting.enabled
    ? `Notification settings for the ${teamInSentence(team)} have been saved: it gets a weekly summary email`
    : `Notification settings for the ${teamInSentence(team)} have been saved: it does not get a weekly summary email`;
  await setFlash({ kind: 'success', page: NOTIFICATIONS_PATH, message });
  redirect(NOTIFICATIONS_PATH);
}

export async function sendSummaryNow(team: Team): Promise<ActionFailure | void> {
  const result = await callApi(SendSummaryNowMutation, { team });
  if (!result.ok) return { error: result.error };
  const { recipient } = result.data.sendSummaryNow;
  await setFlash({
    kind: 'success',
    page: NOTIFICATIONS_PATH,
    message: `This week’s summary for the ${teamInSentence(team)} is being sent to ${recipient ?? 'its email address'}. It should arrive in the next few minutes.`,
  });
  redirect(NOTIFICATIONS_PATH);
}
