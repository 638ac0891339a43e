import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { NotificationSettingSection, NotificationSettingSectionFragment } from '@/components/notifications/notification-setting-section';
import { SummaryEmailPreview, SummaryEmailPreviewActionsFragment } from '@/components/notifications/summary-email-preview';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { NOTIFICATIONS_PATH, ORGANISATION_PATH, SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import { TEAM_OF_CONTACT_ROLE } from '@/lib/teams';
import { getFragmentData, graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Notification settings' };

const NotificationsPageQuery = graphql(`
  query NotificationsPage {
    me {
      canChangeSettings
      role
    }
    organisation {
      name
      contacts {
        id
        role
        name
        email
      }
      notificationSettings {
        ...NotificationSettingSection_Setting
      }
    }
    outstandingActions {
      ...SummaryEmailPreview_Actions
    }
  }
`);

export default async function NotificationsPage() {
  const data = await serverQuery(NotificationsPageQuery);
  const flash = await flashFor(NOTIFICATIONS_PATH);
  const canChange = data.me?.canChangeSettings ?? false;
  const canSendNow = data.me?.role === 'SENIOR_PORTAL_ADMINISTRATOR';
  const settings = data.organisation.notificationSettings;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <h1>Notification settings</h1>
      <p>Each team can get an email every Monday morning with a summary of its outstanding actions.</p>
      <p>
        The summary always goes to the address set here. Each team also has a contact in <Link href={ORGANISATION_PATH}>Organisation details</Link>{' '}
        for people to get in touch with it: changing one does not change the other.
      </p>
      {canChange ? null : <ReadOnlyNotice />}
      {settings.map((settingRef) => {
        const setting = getFragmentData(NotificationSettingSectionFragment, settingRef);
        const contact = data.organisation.contacts.find((c) => TEAM_OF_CONTACT_ROLE[c.role] === setting.team);
        const actions = data.outstandingActions.find((a) => getFragmentData(SummaryEmailPreviewActionsFragment, a).team === setting.team);
        return (
          <div key={setting.id} className="nhsuk-u-margin-bottom-7">
            <NotificationSettingSection setting={settingRef} contact={contact} canChange={canChange} canSendNow={canSendNow} />
            {actions ? (
              <SummaryEmailPreview actions={actions} organisationName={data.organisation.name} enabled={setting.enabled} email={setting.email} />
            ) : null}
          </div>
        );
      })}
    </PageShell>
  );
}
