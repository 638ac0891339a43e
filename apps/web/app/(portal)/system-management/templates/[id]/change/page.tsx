import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { DefaultTemplateNotice } from '@/components/templates/default-template-notice';
import { TemplateForm } from '@/components/templates/template-form';
import { serverQuery } from '@/lib/apollo/server-client';
import { TEMPLATES_PATH } from '@/lib/navigation';
import { draftFromSearchParams, type SearchParams } from '@/lib/template-draft';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change template' };

const ChangeTemplatePageQuery = graphql(`
  query ChangeTemplatePage($id: ID!) {
    nameRule {
      hint
    }
    me {
      canChangeSettings
    }
    credentialsRequiredTemplate(id: $id) {
      id
      name
      isDefault
      staffGroup {
        id
      }
      jobRole {
        id
      }
      employmentTypes
      credentials {
        id
      }
      categories {
        id
      }
    }
    staffGroups {
      ...TemplateForm_StaffGroup
    }
    credentialCatalogue {
      ...TemplateForm_Category
    }
  }
`);

export default async function ChangeTemplatePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const { id } = await params;
  const data = await serverQuery(ChangeTemplatePageQuery, { id });
  const template = data.credentialsRequiredTemplate;
  if (!template) notFound();
  const back = `${TEMPLATES_PATH}/${template.id}`;
  let content;
  if (template.isDefault) {
    content = <DefaultTemplateNotice cannotBe="changed" backHref={back} />;
  } else if (!data.me?.canChangeSettings) {
    content = <CannotChange backHref={back} />;
  } else {
    // coming back from the check page's Change links: the draft as entered, not the template as saved
    const initial = draftFromSearchParams(await searchParams) ?? {
      name: template.name,
      staffGroupId: template.staffGroup.id,
      jobRoleId: template.jobRole?.id ?? '',
      employmentTypes: [...template.employmentTypes],
      credentialIds: template.credentials.map((c) => c.id),
      categoryIds: template.categories.map((c) => c.id),
    };
    content = <TemplateForm staffGroups={data.staffGroups} catalogue={data.credentialCatalogue} template={{ id: template.id, name: template.name }} initial={initial} nameHint={data.nameRule.hint} />;
  }
  return (
    <PageShell before={<BackLink href={back} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{content}</div>
      </div>
    </PageShell>
  );
}
