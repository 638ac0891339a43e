import Link from 'next/link';
import { Tag } from '@/components/nhsuk/layout-parts';
import { ResponsiveTable } from '@/components/nhsuk/table';
import { portalUserPath } from '@/lib/navigation';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';
import { lastSignInText, mfaStatusText, ROLE_NAMES, STATUS_COLOURS, STATUS_NAMES } from './portal-users';

export const PortalUserTableUserFragment = graphql(`
  fragment PortalUserTable_User on PortalUser {
    id
    displayName
    email
    username
    role
    status
    lastSignedInAt
    mfaEnrolled
    mfaRequired
  }
`);

/** The trust's portal users, a row each; the name opens the person's page, where changes are made. */
export function PortalUserTable(props: { users: FragmentType<typeof PortalUserTableUserFragment>[]; viewerId: string }) {
  const users = getFragmentData(PortalUserTableUserFragment, props.users);
  if (users.length === 0) return <p>No portal users match.</p>;
  return (
    <ResponsiveTable
      caption="Portal users"
      captionHidden
      headers={['Name', 'Email address', 'Role', 'Status', 'Last signed in', 'Authenticator app']}
      rows={users.map((user) => ({
        key: user.id,
        attributes: { 'data-user': user.email ?? user.username },
        cells: [
          <>
            <Link href={portalUserPath(user.id)}>{user.displayName}</Link>
            {user.id === props.viewerId ? <span className="nhsuk-body-s"> (you)</span> : null}
          </>,
          user.email ?? user.username,
          ROLE_NAMES[user.role],
          <Tag colour={STATUS_COLOURS[user.status]} key="status">
            {STATUS_NAMES[user.status]}
          </Tag>,
          lastSignInText(user.lastSignedInAt),
          mfaStatusText(user),
        ],
      }))}
    />
  );
}
