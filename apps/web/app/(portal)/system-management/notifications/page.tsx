import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { SuccessBanner } from '@/components/nhsuk/notification-banner';
import { NotificationSettingSection, NotificationSettingSectionFragment } from '@/components/notifications/notification-setting-section';
import { SummaryEmailPreview, SummaryEmailPreviewActionsFragment } from '@/components/notifications/summary-email-preview';
import { serverQuery } from '@/lib/apollo/server-client';
import { SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import { teamFromSlug, teamInSentence } from '@/lib/teams';
import { getFragmentData, graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Notification settings' };

const NotificationsPageQuery = graphql(`
  query NotificationsPage {
    me {
      canChangeSettings
    }
    organisation {
      name
      notificationSettings {
        ...NotificationSettingSection_Setting
      }
    }
    outstandingActions {
      ...SummaryEmailPreview_Actions
    }
  }
`);

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ saved?: string; changed?: string }> }) {
  const { saved, changed } = await searchParams;
  const data = await serverQuery(NotificationsPageQuery);
  const canChange = data.me?.canChangeSettings ?? false;
  const savedTeam = saved ? teamFromSlug(saved) : null;
  const changedTeam = changed ? teamFromSlug(changed) : null;
  const settings = data.organisation.notificationSettings;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      {savedTeam ? <SuccessBanner>Notification settings for the {teamInSentence(savedTeam)} have been saved</SuccessBanner> : null}
      {changedTeam ? <SuccessBanner>The {teamInSentence(changedTeam)} email address was changed successfully</SuccessBanner> : null}
      <h1>Notification settings</h1>
      <p>Each team can get an email every Monday morning with a summary of its outstanding actions.</p>
      {canChange ? null : <ReadOnlyNotice />}
      {settings.map((settingRef) => {
        const setting = getFragmentData(NotificationSettingSectionFragment, settingRef);
        const actions = data.outstandingActions.find((a) => getFragmentData(SummaryEmailPreviewActionsFragment, a).team === setting.team);
        return (
          <div key={setting.id} className="nhsuk-u-margin-bottom-7">
            <NotificationSettingSection setting={settingRef} canChange={canChange} />
            {actions ? (
              <SummaryEmailPreview actions={actions} organisationName={data.organisation.name} enabled={setting.enabled} email={setting.email} />
            ) : null}
          </div>
        );
      })}
    </PageShell>
  );
}
