import { notFound } from 'next/navigation';
import { serverQuery } from '@/lib/apollo/server-client';
import { graphql } from '@/src/gql';

const PortalUsersViewerQuery = graphql(`
  query PortalUsersViewer {
    me {
      id
      role
      canManagePortalUsers
    }
  }
`);

export const PortalUsersQuery = graphql(`
  query PortalUsers($filter: PortalUsersFilter, $page: PageInput) {
    organisation {
      portalAdministratorMfaRequired
    }
    portalUsers(filter: $filter, page: $page) {
      nodes {
        id
        ...PortalUserTable_User
      }
      pageInfo {
        offset
        limit
        totalCount
        hasNextPage
      }
    }
  }
`);

export const PortalUserQuery = graphql(`
  query PortalUser($id: ID!) {
    portalUser(id: $id) {
      id
      displayName
      email
      username
      role
      status
      lastSignedInAt
      mfaEnrolled
      mfaRequired
      createdAt
      deactivatedAt
      invitation {
        sentAt
        expiresAt
        expired
        emailStatus
        emailError
      }
    }
  }
`);

/**
 * Who is asking: the Portal users pages are for those who manage the trust's portal users; anyone else
 * is told so (CannotManageUsers) rather than shown the API's refusal as an error page.
 */
export async function portalUsersViewer(): Promise<{ id: string; canManage: boolean }> {
  const { me } = await serverQuery(PortalUsersViewerQuery);
  return { id: me?.id ?? '', canManage: me?.canManagePortalUsers ?? false };
}

/** One of the trust's portal users, or the portal's 404 for an id that is not one of them. */
export async function portalUserOr404(portalUserId: string) {
  const { portalUser } = await serverQuery(PortalUserQuery, { id: portalUserId });
  if (!portalUser) notFound();
  return portalUser;
}
