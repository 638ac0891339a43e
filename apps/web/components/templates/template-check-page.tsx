import { notFound } from 'next/navigation';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { SummaryList } from '@/components/nhsuk/summary-list';
import { serverQuery, serverQueryResult } from '@/lib/apollo/server-client';
import { EMPLOYMENT_TYPE_NAMES } from '@/lib/employment-types';
import { fieldErrorsOf } from '@/lib/graphql/result';
import { TEMPLATES_PATH } from '@/lib/navigation';
import { staffMembersText } from '@/lib/staff-members';
import { draftFromSearchParams, draftQuery, templateInput, type SearchParams } from '@/lib/template-draft';
import { graphql } from '@/src/gql';
import { DefaultTemplateNotice } from './default-template-notice';
import { CHANGE_LINK_IDS, TemplateCheck } from './template-check';

const TemplateCheckPageQuery = graphql(`
  query TemplateCheckPage($id: ID!, $changing: Boolean!) {
    me {
      canChangeSettings
    }
    credentialsRequiredTemplate(id: $id) @include(if: $changing) {
      id
      name
      isDefault
    }
    staffGroups {
      id
      code
      name
      jobRoles {
        id
        name
      }
    }
    credentialCatalogue {
      id
      name
      credentials {
        id
        name
      }
    }
  }
`);

const TemplateReachQuery = graphql(`
  query TemplateReach($input: TemplateReachPreviewInput!) {
    templateReachPreview(input: $input) {
      staffMemberCount
    }
  }
`);

/**
 * Check your answers for a new template (`templateId` null) or a change: every answer with a Change
 * link back into the form (with the answers as entered), and how many staff it will apply to.
 */
export async function TemplateCheckPage({ templateId, searchParams }: { templateId: string | null; searchParams: SearchParams }) {
  const formPath = templateId ? `${TEMPLATES_PATH}/${templateId}/change` : `${TEMPLATES_PATH}/new`;
  const data = await serverQuery(TemplateCheckPageQuery, { id: templateId ?? '', changing: templateId !== null });
  if (templateId && !data.credentialsRequiredTemplate) notFound();
  const draft = draftFromSearchParams(searchParams);
  const cancelHref = templateId ? `${TEMPLATES_PATH}/${templateId}` : TEMPLATES_PATH;
  let cannot = null;
  if (!data.me?.canChangeSettings) cannot = <CannotChange backHref={cancelHref} />;
  else if (data.credentialsRequiredTemplate?.isDefault) {
    cannot = <DefaultTemplateNotice cannotBe="changed" backHref={cancelHref} />;
  } else if (!draft) {
    cannot = <CannotChange backHref={formPath} heading="There is no template to check" reason="Fill in the template’s details first." backText="Go to the template’s details" />;
  }
  if (cannot || !draft) return <PageShell before={<BackLink href={cancelHref} />}>{cannot}</PageShell>;

  const input = templateInput(draft, data.credentialCatalogue);
  const reach = await serverQueryResult(TemplateReachQuery, { input: { ...input, id: templateId } });
  const change = (field: keyof typeof CHANGE_LINK_IDS, anchor: string, what: string) => ({
    href: `${formPath}?${draftQuery(draft)}#${anchor}`,
    visuallyHiddenText: what,
    id: CHANGE_LINK_IDS[field],
  });
  const group = data.staffGroups.find((g) => g.id === draft.staffGroupId);
  const jobRole = group?.jobRoles.find((r) => r.id === draft.jobRoleId);
  const wholeCategories = data.credentialCatalogue.filter((c) => draft.categoryIds.includes(c.id));
  const singles = data.credentialCatalogue.flatMap((category) =>
    category.credentials.filter((c) => input.credentialIds?.includes(c.id)).map((c) => ({ ...c, category: category.name })),
  );
  const firstCategory = data.credentialCatalogue[0] ? `category-${data.credentialCatalogue[0].id}` : 'name';

  return (
    <PageShell before={<BackLink href={`${formPath}?${draftQuery(draft)}`} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <TemplateCheck templateId={templateId} input={input} problems={reach.ok ? [] : fieldErrorsOf(reach.error)} cancelHref={cancelHref}>
            <SummaryList
              rows={[
                { key: 'Template name', value: draft.name, action: change('name', 'name', 'template name') },
                { key: 'Staff group', value: group ? `${group.code} ${group.name}` : 'Not chosen', action: change('staffGroupId', 'staffGroupId', 'staff group') },
                {
                  key: 'Job role',
                  value: jobRole ? jobRole.name : 'All job roles in this staff group',
                  action: change('jobRoleId', group?.jobRoles.length ? 'jobRoleId' : 'staffGroupId', 'job role'),
                },
                {
                  key: 'Employment types',
                  value: (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                      {draft.employmentTypes.map((type) => (
                        <li key={type}>{EMPLOYMENT_TYPE_NAMES[type]}</li>
                      ))}
                    </ul>
                  ),
                  action: change('employmentTypes', 'employmentTypes', 'employment types'),
                },
                {
                  key: 'Credentials required',
                  value: (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                      {wholeCategories.map((category) => (
                        <li key={category.id}>
                          All of {category.name} ({category.credentials.length} {category.credentials.length === 1 ? 'credential' : 'credentials'}, and any added later)
                        </li>
                      ))}
                      {singles.map((credential) => (
                        <li key={credential.id}>
                          {credential.name} <span className="nhsuk-body-s">({credential.category})</span>
                        </li>
                      ))}
                    </ul>
                  ),
                  action: change('credentialIds', firstCategory, 'credentials required'),
                },
                {
                  key: 'Staff it will apply to',
                  value: reach.ok ? (
                    <>
                      {staffMembersText(reach.data.templateReachPreview.staffMemberCount)}
                      <br />
                      <span className="nhsuk-body-s">Counted from your staff records and your other templates as they are now.</span>
                    </>
                  ) : (
                    'Not known until the problems are fixed'
                  ),
                },
              ]}
            />
          </TemplateCheck>
        </div>
      </div>
    </PageShell>
  );
}
