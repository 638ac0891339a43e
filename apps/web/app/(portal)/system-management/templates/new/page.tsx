import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { TemplateForm } from '@/components/templates/template-form';
import { serverQuery } from '@/lib/apollo/server-client';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create a credentials required template' };

const NewTemplatePageQuery = graphql(`
  query NewTemplatePage {
    me {
      canChangeSettings
    }
    staffGroups {
      ...TemplateForm_StaffGroup
    }
    credentialCatalogue {
      ...TemplateForm_Category
    }
  }
`);

export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<{ staffGroupId?: string; jobRoleId?: string }> }) {
  const preselect = await searchParams;
  const data = await serverQuery(NewTemplatePageQuery);
  return (
    <PageShell before={<BackLink href="/system-management/templates" />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {data.me?.canChangeSettings ? (
            <TemplateForm staffGroups={data.staffGroups} catalogue={data.credentialCatalogue} preselect={preselect} />
          ) : (
            <CannotChange backHref="/system-management/templates" />
          )}
        </div>
      </div>
    </PageShell>
  );
}
