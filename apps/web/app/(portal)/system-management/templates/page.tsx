import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { ResolutionProgress } from '@/components/templates/resolution-progress';
import { SuccessBanner } from '@/components/nhsuk/notification-banner';
import { TemplateList } from '@/components/templates/template-list';
import { serverQuery } from '@/lib/apollo/server-client';
import { SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Credentials required templates' };

const TemplatesPageQuery = graphql(`
  query TemplatesPage {
    me {
      canChangeSettings
    }
    templateResolutionStatus {
      upToDate
      done
      total
    }
    credentialsRequiredTemplates(page: { offset: 0, limit: 200 }) {
      nodes {
        id
        name
        ...TemplateList_Template
      }
      pageInfo {
        totalCount
      }
    }
  }
`);

export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ saved?: string; deleted?: string; nowInEffect?: string }> }) {
  const params = await searchParams;
  const data = await serverQuery(TemplatesPageQuery);
  const canChange = data.me?.canChangeSettings ?? false;
  const saved = params.saved ? data.credentialsRequiredTemplates.nodes.find((t) => t.id === params.saved) : undefined;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      {saved ? <SuccessBanner>The template {saved.name} has been saved</SuccessBanner> : null}
      {params.deleted ? (
        <SuccessBanner>
          The template {params.deleted} has been deleted.{params.nowInEffect ? ` ${params.nowInEffect} now applies again.` : ' The default template applies again.'}
        </SuccessBanner>
      ) : null}
      <h1>Credentials required templates</h1>
      <p>
        A template says which credentials staff need. Each staff group has a national default template. A custom template for a staff group, or for one
        of its job roles, takes its place for the employment types it covers.
      </p>
      {canChange ? null : <ReadOnlyNotice />}
      <ResolutionProgress status={data.templateResolutionStatus} />
      <div className="nhsuk-button-group">
        {canChange ? (
          <Link className="nhsuk-button" href="/system-management/templates/new" role="button" draggable={false}>
            Create a custom template
          </Link>
        ) : null}
        <Link className="nhsuk-button nhsuk-button--secondary" href="/system-management/templates/effective" role="button" draggable={false}>
          Check which template applies
        </Link>
      </div>
      <TemplateList templates={data.credentialsRequiredTemplates.nodes} canChange={canChange} />
    </PageShell>
  );
}
