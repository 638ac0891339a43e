import type { Metadata } from 'next';
import { inSentence } from '@/lib/teams';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { SuccessBanner } from '@/components/nhsuk/notification-banner';
import { ContactsSummary } from '@/components/organisation/contacts-summary';
import { serverQuery } from '@/lib/apollo/server-client';
import { SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Organisation details' };

const OrganisationPageQuery = graphql(`
  query OrganisationPage {
    me {
      canChangeSettings
    }
    organisation {
      contacts {
        id
        label
      }
      ...ContactsSummary_Organisation
    }
  }
`);

export default async function OrganisationPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const { changed } = await searchParams;
  const data = await serverQuery(OrganisationPageQuery);
  const canChange = data.me?.canChangeSettings ?? false;
  const changedContact = data.organisation.contacts.find((c) => c.id === changed);
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      {changedContact ? <SuccessBanner>The {inSentence(changedContact.label)} details were changed successfully</SuccessBanner> : null}
      <h1>Organisation details</h1>
      {canChange ? null : <ReadOnlyNotice />}
      <ContactsSummary organisation={data.organisation} canChange={canChange} />
    </PageShell>
  );
}
