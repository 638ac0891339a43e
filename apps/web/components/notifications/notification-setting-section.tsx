import Link from 'next/link';
import { SummaryList, type SummaryRow } from '@/components/nhsuk/summary-list';
import { NOTIFICATIONS_PATH, ORGANISATION_PATH } from '@/lib/navigation';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';
import { TEAM_SLUGS, inSentence } from '@/lib/teams';
import { NotificationToggleForm } from './notification-toggle-form';

export const NotificationSettingSectionFragment = graphql(`
  fragment NotificationSettingSection_Setting on NotificationSetting {
    id
    team
    teamName
    email
    enabled
  }
`);

/**
 * One team's section: the address its weekly summary goes to (with Change), whether it gets one, and
 * the team's contact in Organisation details, which is a different entry that the summary does not use.
 */
export function NotificationSettingSection(props: {
  setting: FragmentType<typeof NotificationSettingSectionFragment>;
  contact?: { id: string; name: string; email?: string | null } | null;
  canChange: boolean;
  canSendNow: boolean;
}) {
  const setting = getFragmentData(NotificationSettingSectionFragment, props.setting);
  const team = setting.teamName;
  const slug = TEAM_SLUGS[setting.team];
  const rows: SummaryRow[] = [
    {
      key: 'Weekly summary goes to',
      value: setting.email,
      action: props.canChange ? { href: `${NOTIFICATIONS_PATH}/${slug}/email`, visuallyHiddenText: `${inSentence(team)} email address` } : undefined,
    },
    ...(props.canChange ? [] : [{ key: 'Email notifications', value: setting.enabled ? 'Yes, send email notifications' : 'No, do not send email notifications' }]),
  ];
  if (props.contact) {
    rows.push({
      key: 'Team contact in Organisation details',
      value: (
        <>
          {props.contact.name}
          {props.contact.email ? (
            <>
              <br />
              {props.contact.email}
            </>
          ) : null}
          <br />
          <span className="nhsuk-body-s">For people to get in touch with the team. The weekly summary does not go here.</span>
        </>
      ),
      action: props.canChange
        ? { href: `${ORGANISATION_PATH}/contacts/${props.contact.id}`, visuallyHiddenText: `${inSentence(team)} contact in Organisation details` }
        : undefined,
    });
  }
  return (
    <section aria-labelledby={`team-${slug}`}>
      <h2 id={`team-${slug}`}>{team}</h2>
      <SummaryList rows={rows} />
      {props.canChange ? <NotificationToggleForm team={setting.team} teamName={setting.teamName} enabled={setting.enabled} /> : null}
      {props.canSendNow ? (
        <p className="nhsuk-u-margin-top-4">
          <Link href={`${NOTIFICATIONS_PATH}/${slug}/send`}>
            Send this week’s summary now<span className="nhsuk-u-visually-hidden"> to the {inSentence(team)}</span>
          </Link>
        </p>
      ) : null}
    </section>
  );
}
