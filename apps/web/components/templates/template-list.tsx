import Link from 'next/link';
import { Tag } from '@/components/nhsuk/layout-parts';
import { ResponsiveTable } from '@/components/nhsuk/table';
import { employmentTypesText } from '@/lib/employment-types';
import { TEMPLATES_PATH } from '@/lib/navigation';
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
        <p className="nhsuk-body-s nhsuk-u-margin-top-2 nhsuk-u-margin-bottom-0">Overridden by {template.overriddenBy.map((o) => o.name).join(', ')}</p>
      ) : null}
    </>
  );
}

/** The id of a staff group's section, for the contents links. */
export const staffGroupSectionId = (code: string) => `staff-group-${code}`;

/** Templates grouped by staff group: defaults and custom ones, with what is in effect. */
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
        <section key={group.code} id={staffGroupSectionId(group.code)} aria-labelledby={`${staffGroupSectionId(group.code)}-heading`}>
          <h2 id={`${staffGroupSectionId(group.code)}-heading`}>
            {group.code} {group.name}
          </h2>
          <ResponsiveTable
            caption={`Templates for ${group.name}`}
            captionHidden
            headers={['Template', 'Applies to', 'Status', 'Actions']}
            rows={[...group.templates]
              .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name))
              .map((template) => ({
                key: template.id,
                attributes: { 'data-template-id': template.id },
                cells: [
                  <>
                    <Link href={`${TEMPLATES_PATH}/${template.id}`}>{template.name}</Link>
                    <br />
                    <span className="nhsuk-body-s">{template.isDefault ? 'Default (national)' : 'Custom'}</span>
                  </>,
                  <>
                    {template.jobRole ? `Job role: ${template.jobRole.name}` : 'All job roles'}
                    <br />
                    {employmentTypesText(template.employmentTypes)}
                    {template.affectedStaffCount !== null && template.affectedStaffCount !== undefined ? (
                      <>
                        <br />
                        <span className="nhsuk-body-s">{staffMembersText(template.affectedStaffCount)}</span>
                      </>
                    ) : null}
                  </>,
                  <Status key="status" template={template} />,
                  props.canChange && !template.isDefault ? (
                    <ul className="nhsuk-list nhsuk-u-margin-bottom-0" key="actions">
                      <li>
                        <Link href={`${TEMPLATES_PATH}/${template.id}/change`}>
                          Change<span className="nhsuk-u-visually-hidden"> {template.name}</span>
                        </Link>
                      </li>
                      <li>
                        <Link href={`${TEMPLATES_PATH}/${template.id}/delete`}>
                          Delete<span className="nhsuk-u-visually-hidden"> {template.name}</span>
                        </Link>
                      </li>
                    </ul>
                  ) : (
                    <Link href={`${TEMPLATES_PATH}/${template.id}`} key="view">
                      View<span className="nhsuk-u-visually-hidden"> {template.name}</span>
                    </Link>
                  ),
                ],
              }))}
          />
        </section>
      ))}
    </>
  );
}
