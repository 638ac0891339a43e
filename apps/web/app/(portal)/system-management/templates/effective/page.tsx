import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { SummaryList } from '@/components/nhsuk/summary-list';
import { EffectiveTemplateForm } from '@/components/templates/effective-template-form';
import { serverQuery, serverQueryResult } from '@/lib/apollo/server-client';
import { EMPLOYMENT_TYPE_NAMES, isEmploymentType } from '@/lib/employment-types';
import { fieldErrorsOf } from '@/lib/graphql/result';
import { crumbsTo } from '@/lib/navigation';
import { graphql } from '@/src/gql';
import type { TemplateMatch } from '@/src/gql/graphql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Check which template applies' };

const EffectiveTemplateFormQuery = graphql(`
  query EffectiveTemplateForm {
    staffGroups {
      ...TemplateForm_StaffGroup
    }
  }
`);

const EffectiveTemplateQuery = graphql(`
  query EffectiveTemplate($staffGroupId: ID!, $employmentType: EmploymentType!, $jobRoleId: ID) {
    effectiveTemplate(staffGroupId: $staffGroupId, employmentType: $employmentType, jobRoleId: $jobRoleId) {
      matchedBy
      template {
        id
        name
        isDefault
      }
      requiredCredentials {
        id
        name
        category {
          id
          name
        }
      }
    }
  }
`);

const MATCHED_BY: Record<TemplateMatch, string> = {
  JOB_ROLE: 'Your trust’s custom template for this job role and employment type',
  STAFF_GROUP: 'Your trust’s custom template for the whole staff group and this employment type',
  DEFAULT: 'The national default template for the staff group (no custom template applies)',
};

export default async function EffectiveTemplatePage({
  searchParams,
}: {
  searchParams: Promise<{ staffGroupId?: string; employmentType?: string; jobRoleId?: string }>;
}) {
  const params = await searchParams;
  const form = await serverQuery(EffectiveTemplateFormQuery);
  const asked = params.staffGroupId && isEmploymentType(params.employmentType);
  const result =
    asked && isEmploymentType(params.employmentType)
      ? await serverQueryResult(EffectiveTemplateQuery, {
          staffGroupId: params.staffGroupId!,
          employmentType: params.employmentType,
          jobRoleId: params.jobRoleId || null,
        })
      : null;
  const effective = result?.ok ? result.data.effectiveTemplate : null;
  return (
    <PageShell before={<Breadcrumbs items={crumbsTo({ href: '/system-management/templates', text: 'Credentials required templates' })} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Check which template applies</h1>
          <p>Choose a staff group, employment type and job role to see which credentials required template applies and what it asks for.</p>
          <EffectiveTemplateForm
            key={JSON.stringify(params)}
            staffGroups={form.staffGroups}
            initial={{ staffGroupId: params.staffGroupId ?? '', employmentType: params.employmentType ?? '', jobRoleId: params.jobRoleId ?? '' }}
            apiErrors={result && !result.ok ? fieldErrorsOf(result.error) : undefined}
          />
          {effective && isEmploymentType(params.employmentType) ? (
            <section aria-labelledby="effective-result" className="nhsuk-u-margin-top-6">
              <h2 id="effective-result">The template that applies</h2>
              <SummaryList
                rows={[
                  { key: 'Template', value: <Link href={`/system-management/templates/${effective.template.id}`}>{effective.template.name}</Link> },
                  { key: 'Why', value: MATCHED_BY[effective.matchedBy] },
                  { key: 'Employment type', value: EMPLOYMENT_TYPE_NAMES[params.employmentType] },
                ]}
              />
              <h3>Credentials required ({effective.requiredCredentials.length})</h3>
              <ul>
                {effective.requiredCredentials.map((credential) => (
                  <li key={credential.id}>
                    {credential.name} <span className="nhsuk-body-s">({credential.category.name})</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </PageShell>
  );
}
