import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { NotificationEmailForm } from '@/components/notifications/notification-email-form';
import { serverQuery } from '@/lib/apollo/server-client';
import { teamFromSlug } from '@/lib/teams';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change team email address' };

const NotificationEmailPageQuery = graphql(`
  query NotificationEmailPage {
    me {
      canChangeSettings
    }
    organisation {
      notificationSettings {
        team
        teamName
        email
      }
    }
  }
`);

const RETURN_TO = '/system-management/notifications';

export default async function NotificationEmailPage({ params }: { params: Promise<{ team: string }> }) {
  const team = teamFromSlug((await params).team);
  if (!team) notFound();
  const data = await serverQuery(NotificationEmailPageQuery);
  const setting = data.organisation.notificationSettings.find((s) => s.team === team);
  if (!setting) notFound();
  return (
    <PageShell before={<BackLink href={RETURN_TO} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {data.me?.canChangeSettings ? <NotificationEmailForm team={team} teamName={setting.teamName} email={setting.email} /> : <CannotChange backHref={RETURN_TO} />}
        </div>
      </div>
    </PageShell>
  );
}
