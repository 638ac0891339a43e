import { SignOutButton } from '@/components/auth/sign-out-button';
import { Header } from '@/components/nhsuk/header';
import { ACCOUNT_PATH } from '@/lib/account/paths';
import { isNationalAdministrator, TRUSTS_AUDIT_PATH, TRUSTS_PATH } from '@/lib/navigation';
import { getFragmentData, graphql, type FragmentType } from '@/src/gql';

export const PortalHeaderViewerFragment = graphql(`
  fragment PortalHeader_Viewer on Viewer {
    displayName
    role
    organisation {
      name
      odsCode
    }
  }
`);

/** `sentEmails`: link to the development page of emails kept as files (when there is no mail server). */
export function PortalHeader(props: { viewer: FragmentType<typeof PortalHeaderViewerFragment>; sentEmails?: boolean }) {
  const viewer = getFragmentData(PortalHeaderViewerFragment, props.viewer);
  return (
    <Header
      serviceName="Staff Passport Settings"
      account={{ name: viewer.displayName, organisation: viewer.organisation?.name, signOut: <SignOutButton /> }}
      links={[
        ...(isNationalAdministrator(viewer)
          ? [
              { href: TRUSTS_PATH, text: 'Trusts' },
              { href: TRUSTS_AUDIT_PATH, text: 'Audit log' },
            ]
          : [{ href: '/system-management', text: 'System management' }]),
        ...(props.sentEmails ? [{ href: '/sent-emails', text: 'Sent emails' }] : []),
        // last, so it sits next to Sign out
        { href: ACCOUNT_PATH, text: 'Your account' },
      ]}
    />
  );
}
