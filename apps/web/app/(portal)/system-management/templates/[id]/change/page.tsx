import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { TemplateForm } from '@/components/templates/template-form';
import { serverQuery } from '@/lib/apollo/server-client';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change template' };

const ChangeTemplatePageQuery = graphql(`
  query ChangeTemplatePage($id: ID!) {
    me {
      canChangeSettings
    }
    credentialsRequiredTemplate(id: $id) {
      isDefault
      ...TemplateForm_Template
    }
    staffGroups {
      ...TemplateForm_StaffGroup
    }
    credentialCatalogue {
      ...TemplateForm_Category
    }
  }
`);

export default async function ChangeTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await serverQuery(ChangeTemplatePageQuery, { id });
  const template = data.credentialsRequiredTemplate;
  if (!template) notFound();
  return (
    <PageShell before={<BackLink href="/system-management/templates" />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {data.me?.canChangeSettings && !template.isDefault ? (
            <TemplateForm staffGroups={data.staffGroups} catalogue={data.credentialCatalogue} template={template} />
          ) : (
            <CannotChange backHref={`/system-management/templates/${id}`} />
          )}
        </div>
      </div>
    </PageShell>
  );
}
