import Link from 'next/link';
import { ResponsiveTable } from '@/components/nhsuk/table';
import { TEMPLATES_PATH, jobRolesPath } from '@/lib/navigation';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const JobRoleListStaffGroupFragment = graphql(`
  fragment JobRoleList_StaffGroup on StaffGroup {
    id
    code
    name
    jobRoles {
      id
      name
      templates {
        id
        name
      }
    }
  }
`);

/** A staff group's job roles, with the templates that use each, and edit and delete for those who may. */
export function JobRoleList(props: { staffGroup: FragmentType<typeof JobRoleListStaffGroupFragment>; canChange: boolean }) {
  const group = getFragmentData(JobRoleListStaffGroupFragment, props.staffGroup);
  if (group.jobRoles.length === 0) return <p>There are no job roles in this staff group yet.</p>;
  return (
    <ResponsiveTable
      caption={`Job roles in ${group.name}`}
      captionHidden
      headers={props.canChange ? ['Job role', 'Custom templates', 'Actions'] : ['Job role', 'Custom templates']}
      rows={group.jobRoles.map((role) => ({
        key: role.id,
        cells: [
          role.name,
          role.templates.length ? (
            <ul className="nhsuk-list nhsuk-u-margin-bottom-0" key="templates">
              {role.templates.map((template) => (
                <li key={template.id}>
                  <Link href={`${TEMPLATES_PATH}/${template.id}`}>{template.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            'None'
          ),
          ...(props.canChange
            ? [
                <ul className="nhsuk-list nhsuk-u-margin-bottom-0" key="actions">
                  <li>
                    <Link href={`${jobRolesPath(group.id)}/${role.id}/change`}>
                      Edit<span className="nhsuk-u-visually-hidden"> {role.name}</span>
                    </Link>
                  </li>
                  <li>
                    <Link href={`${jobRolesPath(group.id)}/${role.id}/delete`}>
                      Delete<span className="nhsuk-u-visually-hidden"> {role.name}</span>
                    </Link>
                  </li>
                </ul>,
              ]
            : []),
        ],
      }))}
    />
  );
}
