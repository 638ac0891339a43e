import type { Metadata } from 'next';
import { AutoIssueForm } from '@/components/credentials/auto-issue-form';
import { AutoIssueSummary } from '@/components/credentials/auto-issue-summary';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { CREDENTIALS_PATH, SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Credential settings – automatic issuance' };

const CredentialsPageQuery = graphql(`
  query CredentialsPage {
    me {
      canChangeSettings
    }
    credentialCatalogue {
      ...AutoIssueForm_Category
    }
  }
`);

export default async function CredentialsPage() {
  const data = await serverQuery(CredentialsPageQuery);
  const flash = await flashFor(CREDENTIALS_PATH);
  const canChange = data.me?.canChangeSettings ?? false;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <h1>Credential settings – automatic issuance</h1>
      <p>
        When ESR sends an update for a credential that is issued automatically, it goes straight to the staff member&apos;s passport. Other updates wait
        for someone to issue them by hand.
      </p>
      {canChange ? (
        <>
          <p>Select the credentials to issue automatically, then select Continue to save all settings.</p>
          <AutoIssueForm catalogue={data.credentialCatalogue} />
        </>
      ) : (
        <>
          <ReadOnlyNotice />
          <AutoIssueSummary catalogue={data.credentialCatalogue} />
        </>
      )}
    </PageShell>
  );
}
