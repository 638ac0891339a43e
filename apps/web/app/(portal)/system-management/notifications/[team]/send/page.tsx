import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { SendSummaryNowForm } from '@/components/notifications/send-summary-now-form';
import { serverQuery } from '@/lib/apollo/server-client';
import { NOTIFICATIONS_PATH } from '@/lib/navigation';
import { teamFromSlug } from '@/lib/teams';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Send this week’s summary now' };

const SendSummaryNowPageQuery = graphql(`
  query SendSummaryNowPage {
    me {
      role
    }
    organisation {
      notificationSettings {
        team
        teamName
        email
        enabled
      }
    }
    outstandingActions {
      team
      total
    }
  }
`);

export default async function SendSummaryNowPage({ params }: { params: Promise<{ team: string }> }) {
  const team = teamFromSlug((await params).team);
  if (!team) notFound();
  const data = await serverQuery(SendSummaryNowPageQuery);
  const setting = data.organisation.notificationSettings.find((s) => s.team === team);
  if (!setting) notFound();
  const outstanding = data.outstandingActions.find((a) => a.team === team)?.total ?? null;
  return (
    <PageShell before={<BackLink href={NOTIFICATIONS_PATH} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {data.me?.role === 'SENIOR_PORTAL_ADMINISTRATOR' ? (
            <SendSummaryNowForm team={team} teamName={setting.teamName} email={setting.email} enabled={setting.enabled} outstanding={outstanding} />
          ) : (
            <CannotChange
              backHref={NOTIFICATIONS_PATH}
              heading="You cannot send a summary now"
              reason="Only a Senior Portal Administrator can send a team’s summary straight away."
            />
          )}
        </div>
      </div>
    </PageShell>
  );
}
