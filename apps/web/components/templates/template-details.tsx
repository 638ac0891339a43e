import { Tag } from '@/components/nhsuk/layout-parts';
import { SummaryList } from '@/components/nhsuk/summary-list';
import { employmentTypesText } from '@/lib/employment-types';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const TemplateDetailsFragment = graphql(`
  fragment TemplateDetails_Template on CredentialsRequiredTemplate {
    id
    name
    isDefault
    staffGroup {
      code
      name
    }
    jobRole {
      name
    }
    employmentTypes
    inEffect
    overriddenBy {
      id
      name
    }
    categories {
      id
      name
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
`);

/** A template's settings and every credential it requires, by category. */
export function TemplateDetails(props: { template: FragmentType<typeof TemplateDetailsFragment> }) {
  const template = getFragmentData(TemplateDetailsFragment, props.template);
  const byCategory = new Map<string, { name: string; credentials: string[] }>();
  for (const credential of template.requiredCredentials) {
    const entry = byCategory.get(credential.category.id) ?? { name: credential.category.name, credentials: [] };
    entry.credentials.push(credential.name);
    byCategory.set(credential.category.id, entry);
  }
  return (
    <>
      <SummaryList
        rows={[
          { key: 'Type', value: template.isDefault ? 'Default (national, cannot be deleted)' : 'Custom' },
          { key: 'Staff group', value: `${template.staffGroup.code} ${template.staffGroup.name}` },
          { key: 'Job role', value: template.jobRole?.name ?? 'All job roles' },
          { key: 'Employment type', value: employmentTypesText(template.employmentTypes) },
          {
            key: 'Status',
            value: (
              <>
                {template.inEffect ? <Tag colour="green">In effect</Tag> : <Tag colour="grey">Not in effect</Tag>}
                {template.overriddenBy.length ? <p className="nhsuk-u-margin-top-2">Overridden by {template.overriddenBy.map((o) => o.name).join(', ')}</p> : null}
              </>
            ),
          },
          { key: 'Whole categories', value: template.categories.length ? template.categories.map((c) => c.name).join(', ') : 'None' },
        ]}
      />
      <h2>Credentials required ({template.requiredCredentials.length})</h2>
      {[...byCategory.entries()].map(([id, category]) => (
        <div key={id}>
          <h3 className="nhsuk-heading-s">{category.name}</h3>
          <ul>
            {category.credentials.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
