import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { DefaultTemplateNotice } from '@/components/templates/default-template-notice';
import { DeleteTemplateForm } from '@/components/templates/delete-template-form';
import { serverQuery } from '@/lib/apollo/server-client';
import { TEMPLATES_PATH } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Delete template' };

const DeleteTemplatePageQuery = graphql(`
  query DeleteTemplatePage($id: ID!) {
    me {
      canChangeSettings
    }
    credentialsRequiredTemplate(id: $id) {
      id
      name
      isDefault
      affectedStaffCount
      staffGroup {
        name
      }
    }
  }
`);

export default async function DeleteTemplatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await serverQuery(DeleteTemplatePageQuery, { id });
  const template = data.credentialsRequiredTemplate;
  if (!template) notFound();
  const back = `${TEMPLATES_PATH}/${template.id}`;
  let content;
  if (template.isDefault) {
    content = <DefaultTemplateNotice cannotBe="deleted" backHref={back} />;
  } else if (!data.me?.canChangeSettings) {
    content = <CannotChange backHref={back} />;
  } else {
    content = (
      <DeleteTemplateForm id={template.id} name={template.name} staffGroupName={template.staffGroup.name} affectedStaffCount={template.affectedStaffCount ?? null} />
    );
  }
  return (
    <PageShell before={<BackLink href={TEMPLATES_PATH} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{content}</div>
      </div>
    </PageShell>
  );
}
