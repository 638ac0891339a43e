import { SummaryList } from '@/components/nhsuk/summary-list';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';
import { TEAM_NAMES, TEAM_SLUGS, inSentence } from '@/lib/teams';
import { NotificationToggleForm } from './notification-toggle-form';

export const NotificationSettingSectionFragment = graphql(`
  fragment NotificationSettingSection_Setting on NotificationSetting {
    id
    team
    email
    enabled
  }
`);

/** One team's section: its address (with Change) and whether it gets the weekly email. */
export function NotificationSettingSection(props: { setting: FragmentType<typeof NotificationSettingSectionFragment>; canChange: boolean }) {
  const setting = getFragmentData(NotificationSettingSectionFragment, props.setting);
  const team = TEAM_NAMES[setting.team];
  return (
    <section aria-labelledby={`team-${TEAM_SLUGS[setting.team]}`}>
      <h2 id={`team-${TEAM_SLUGS[setting.team]}`}>{team}</h2>
      <SummaryList
        rows={[
          {
            key: 'Email address',
            value: setting.email,
            action: props.canChange
              ? { href: `/system-management/notifications/${TEAM_SLUGS[setting.team]}/email`, visuallyHiddenText: `${inSentence(team)} email address` }
              : undefined,
          },
          ...(props.canChange ? [] : [{ key: 'Email notifications', value: setting.enabled ? 'Yes, send email notifications' : 'No, do not send email notifications' }]),
        ]}
      />
      {props.canChange ? <NotificationToggleForm team={setting.team} enabled={setting.enabled} /> : null}
    </section>
  );
}
