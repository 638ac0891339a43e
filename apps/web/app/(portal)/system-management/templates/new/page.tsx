import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { TemplateForm } from '@/components/templates/template-form';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { TEMPLATES_PATH } from '@/lib/navigation';
import { draftFromSearchParams, emptyDraft, type SearchParams } from '@/lib/template-draft';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Create a credentials required template' };

const NewTemplatePageQuery = graphql(`
  query NewTemplatePage {
    me {
      canChangeSettings
    }
    nameRule {
      hint
    }
    staffGroups {
      ...TemplateForm_StaffGroup
    }
    credentialCatalogue {
      ...TemplateForm_Category
    }
  }
`);

/**
 * A new template: empty, or with the staff group and job role chosen (coming from a new job role),
 * or as entered (coming back from the check page's Change links).
 */
export default async function NewTemplatePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const data = await serverQuery(NewTemplatePageQuery);
  const flash = await flashFor(`${TEMPLATES_PATH}/new`);
  const preselect = (value: SearchParams[string]) => (typeof value === 'string' ? value : '');
  const initial = draftFromSearchParams(params) ?? { ...emptyDraft(), staffGroupId: preselect(params.staffGroupId), jobRoleId: preselect(params.jobRoleId) };
  return (
    <PageShell before={<BackLink href={TEMPLATES_PATH} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {data.me?.canChangeSettings ? (
            <TemplateForm staffGroups={data.staffGroups} catalogue={data.credentialCatalogue} initial={initial} nameHint={data.nameRule.hint} />
          ) : (
            <CannotChange backHref={TEMPLATES_PATH} />
          )}
        </div>
      </div>
    </PageShell>
  );
}
