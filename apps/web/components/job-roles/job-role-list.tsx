import Link from 'next/link';
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

/** A staff group's job roles, with edit and delete for those who may change them. */
export function JobRoleList(props: { staffGroup: FragmentType<typeof JobRoleListStaffGroupFragment>; canChange: boolean }) {
  const group = getFragmentData(JobRoleListStaffGroupFragment, props.staffGroup);
  if (group.jobRoles.length === 0) return <p>There are no job roles in this staff group yet.</p>;
  return (
    <div className="app-table-wrapper">
      <table className="nhsuk-table">
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Job roles in {group.name}</caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row">
            <th scope="col" className="nhsuk-table__header">Job role</th>
            <th scope="col" className="nhsuk-table__header">Custom templates</th>
            {props.canChange ? (
              <th scope="col" className="nhsuk-table__header">
                Actions
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {group.jobRoles.map((role) => (
            <tr className="nhsuk-table__row" key={role.id}>
              <td className="nhsuk-table__cell">{role.name}</td>
              <td className="nhsuk-table__cell">{role.templates.length ? role.templates.map((t) => t.name).join(', ') : 'None'}</td>
              {props.canChange ? (
                <td className="nhsuk-table__cell">
                  <ul className="nhsuk-list nhsuk-u-margin-bottom-0">
                    <li>
                      <Link href={`/system-management/job-roles/${group.id}/${role.id}/change`}>
                        Edit<span className="nhsuk-u-visually-hidden"> {role.name}</span>
                      </Link>
                    </li>
                    <li>
                      <Link href={`/system-management/job-roles/${group.id}/${role.id}/delete`}>
                        Delete<span className="nhsuk-u-visually-hidden"> {role.name}</span>
                      </Link>
                    </li>
                  </ul>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
