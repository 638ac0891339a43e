import Link from 'next/link';
import { Tag } from '@/components/nhsuk/layout-parts';
import { employmentTypesText } from '@/lib/employment-types';
import { staffMembersText } from '@/lib/staff-members';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const TemplateListTemplateFragment = graphql(`
  fragment TemplateList_Template on CredentialsRequiredTemplate {
    id
    name
    isDefault
    staffGroup {
      id
      code
      name
    }
    jobRole {
      id
      name
    }
    employmentTypes
    inEffect
    affectedStaffCount
    overriddenBy {
      id
      name
    }
  }
`);


function Status({ template }: { template: { inEffect: boolean; overriddenBy: { id: string; name: string }[] } }) {
  return (
    <>
      {template.inEffect ? <Tag colour="green">In effect</Tag> : <Tag colour="grey">Not in effect</Tag>}
      {template.overriddenBy.length > 0 ? (
        <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">
          Overridden by {template.overriddenBy.map((o) => o.name).join(', ')}
        </p>
      ) : null}
    </>
  );
}

/** All templates, grouped by staff group: defaults and custom ones, with what is in effect. */
export function TemplateList(props: { templates: FragmentType<typeof TemplateListTemplateFragment>[]; canChange: boolean }) {
  const templates = getFragmentData(TemplateListTemplateFragment, props.templates);
  const groups = new Map<string, { code: string; name: string; templates: typeof templates }>();
  for (const template of templates) {
    const group = groups.get(template.staffGroup.id) ?? { code: template.staffGroup.code, name: template.staffGroup.name, templates: [] };
    group.templates = [...group.templates, template];
    groups.set(template.staffGroup.id, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));
  return (
    <>
      {sorted.map((group) => (
        <section key={group.code}>
          <h2>
            {group.code} {group.name}
          </h2>
          <div className="app-table-wrapper">
            <table className="nhsuk-table">
              <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Templates for {group.name}</caption>
              <thead className="nhsuk-table__head">
                <tr className="nhsuk-table__row">
                  <th scope="col" className="nhsuk-table__header">Template</th>
                  <th scope="col" className="nhsuk-table__header">Applies to</th>
                  <th scope="col" className="nhsuk-table__header">Status</th>
                  <th scope="col" className="nhsuk-table__header">Actions</th>
                </tr>
              </thead>
              <tbody className="nhsuk-table__body">
                {[...group.templates]
                  .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name))
                  .map((template) => (
                    <tr className="nhsuk-table__row" key={template.id} data-template-id={template.id}>
                      <td className="nhsuk-table__cell">
                        <Link href={`/system-management/templates/${template.id}`}>{template.name}</Link>
                        <br />
                        <span className="nhsuk-body-s">{template.isDefault ? 'Default (national)' : 'Custom'}</span>
                      </td>
                      <td className="nhsuk-table__cell">
                        {template.jobRole ? `Job role: ${template.jobRole.name}` : 'All job roles'}
                        <br />
                        {employmentTypesText(template.employmentTypes)}
                        {template.affectedStaffCount !== null && template.affectedStaffCount !== undefined ? (
                          <>
                            <br />
                            <span className="nhsuk-body-s">{staffMembersText(template.affectedStaffCount)}</span>
                          </>
                        ) : null}
                      </td>
                      <td className="nhsuk-table__cell">
                        <Status template={template} />
                      </td>
                      <td className="nhsuk-table__cell">
                        {props.canChange && !template.isDefault ? (
                          <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                            <li>
                              <Link href={`/system-management/templates/${template.id}/change`}>
                                Change<span className="nhsuk-u-visually-hidden"> {template.name}</span>
                              </Link>
                            </li>
                            <li>
                              <Link href={`/system-management/templates/${template.id}/delete`}>
                                Delete<span className="nhsuk-u-visually-hidden"> {template.name}</span>
                              </Link>
                            </li>
                          </ul>
                        ) : (
                          <Link href={`/system-management/templates/${template.id}`}>
                            View<span className="nhsuk-u-visually-hidden"> {template.name}</span>
                          </Link>
                        )}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
