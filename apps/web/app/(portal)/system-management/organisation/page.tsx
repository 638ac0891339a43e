import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { ContactsSummary } from '@/components/organisation/contacts-summary';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { ORGANISATION_PATH, SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Organisation details' };

const OrganisationPageQuery = graphql(`
  query OrganisationPage {
    me {
      canChangeSettings
    }
    organisation {
      ...ContactsSummary_Organisation
    }
  }
`);

export default async function OrganisationPage() {
  const data = await serverQuery(OrganisationPageQuery);
  const flash = await flashFor(ORGANISATION_PATH);
  const canChange = data.me?.canChangeSettings ?? false;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <h1>Organisation details</h1>
      {canChange ? null : <ReadOnlyNotice />}
      <ContactsSummary organisation={data.organisation} canChange={canChange} />
    </PageShell>
  );
}
