'use server';

import { redirect } from 'next/navigation';
import { callApi, type ActionFailure } from '@/lib/actions/call-api';
import { setFlash } from '@/lib/flash';
import { NOTIFICATIONS_PATH } from '@/lib/navigation';
import { inSentence } from '@/lib/teams';
import { graphql } from '@/src/gql';
import type { Team } from '@/src/gql/graphql';

const UpdateNotificationSettingMutation = graphql(`
  mutation UpdateNotificationSetting($input: UpdateNotificationSettingInput!) {
    updateNotificationSetting(input: $input) {
      team
      teamName
      email
      enabled
    }
  }
`);

const SendSummaryNowMutation = graphql(`
  mutation SendSummaryNow($team: Team!) {
    sendSummaryNow(team: $team) {
      team
      teamName
      recipient
    }
  }
`);

/** Where a team's summary goes. Given the address it already has, nothing is sent and the page says so. */
export async function changeSummaryEmail(team: Team, email: string, current: { teamName: string; email: string }): Promise<ActionFailure | void> {
  const theTeam = inSentence(current.teamName);
  if (email.trim().toLowerCase() === current.email.trim().toLowerCase()) {
    await setFlash({ kind: 'information', page: NOTIFICATIONS_PATH, message: `Nothing was changed: the ${theTeam}’s weekly summary already goes to ${current.email}` });
    redirect(NOTIFICATIONS_PATH);
  }
  const result = await callApi(UpdateNotificationSettingMutation, { input: { team, email } });
  if (!result.ok) return { error: result.error };
  const setting = result.data.updateNotificationSetting;
  await setFlash({ kind: 'success', page: NOTIFICATIONS_PATH, message: `The ${inSentence(setting.teamName)}’s weekly summary will now go to ${setting.email}` });
  redirect(NOTIFICATIONS_PATH);
}

/** Whether a team gets the weekly summary. Saved as it was, nothing is sent and the page says so. */
export async function turnSummaryOnOrOff(team: Team, enabled: boolean, current: { teamName: string; enabled: boolean }): Promise<ActionFailure | void> {
  const theTeam = inSentence(current.teamName);
  if (enabled === current.enabled) {
    await setFlash({
      kind: 'information',
      page: NOTIFICATIONS_PATH,
      message: `Nothing was changed: the ${theTeam} ${enabled ? 'already gets' : 'already does not get'} a weekly summary email`,
    });
    redirect(NOTIFICATIONS_PATH);
  }
  const result = await callApi(UpdateNotificationSettingMutation, { input: { team, enabled } });
  if (!result.ok) return { error: result.error };
  const setting = result.data.updateNotificationSetting;
  const message = setting.enabled
    ? `Notification settings for the ${theTeam} have been saved: it gets a weekly summary email`
    : `Notification settings for the ${theTeam} have been saved: it does not get a weekly summary email`;
  await setFlash({ kind: 'success', page: NOTIFICATIONS_PATH, message });
  redirect(NOTIFICATIONS_PATH);
}

export async function sendSummaryNow(team: Team): Promise<ActionFailure | void> {
  const result = await callApi(SendSummaryNowMutation, { team });
  if (!result.ok) return { error: result.error };
  const { recipient, teamName } = result.data.sendSummaryNow;
  await setFlash({
    kind: 'success',
    page: NOTIFICATIONS_PATH,
    message: `This week’s summary for the ${inSentence(teamName)} is being sent to ${recipient ?? 'its email address'}. It should arrive in the next few minutes.`,
  });
  redirect(NOTIFICATIONS_PATH);
}
