import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { TemplateDetails } from '@/components/templates/template-details';
import { serverQuery } from '@/lib/apollo/server-client';
import { crumbsTo } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Template' };

const TemplatePageQuery = graphql(`
  query TemplatePage($id: ID!) {
    me {
      canChangeSettings
    }
    credentialsRequiredTemplate(id: $id) {
      id
      name
      isDefault
      ...TemplateDetails_Template
    }
  }
`);

export default async function TemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await serverQuery(TemplatePageQuery, { id });
  const template = data.credentialsRequiredTemplate;
  if (!template) notFound();
  const canChange = (data.me?.canChangeSettings ?? false) && !template.isDefault;
  return (
    <PageShell before={<Breadcrumbs items={crumbsTo({ href: '/system-management/templates', text: 'Credentials required templates' })} />}>
      <h1>{template.name}</h1>
      <TemplateDetails template={template} />
      {canChange ? (
        <div className="nhsuk-button-group">
          <Link className="nhsuk-button" href={`/system-management/templates/${template.id}/change`} role="button" draggable={false}>
            Change this template
          </Link>
          <Link className="nhsuk-button nhsuk-button--warning" href={`/system-management/templates/${template.id}/delete`} role="button" draggable={false}>
            Delete this template
          </Link>
        </div>
      ) : null}
    </PageShell>
  );
}
