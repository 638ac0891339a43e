import type { Metadata } from 'next';
import Link from 'next/link';
import { CannotManageUsers } from '@/components/accounts/cannot-manage-users';
import { PortalAdministratorMfaForm } from '@/components/accounts/portal-user-forms';
import { PortalUserTable } from '@/components/accounts/portal-user-table';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { Pagination } from '@/components/nhsuk/pagination';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { PORTAL_USERS_PATH, SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import type { PortalUserStatus } from '@/src/gql/graphql';
import { portalUsersViewer, PortalUsersQuery } from './portal-users-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Portal users' };

const PAGE_SIZE = 50;
const STATUSES: { value: PortalUserStatus; label: string }[] = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'INVITED', label: 'Invited' },
  { value: 'DEACTIVATED', label: 'Deactivated' },
];

type SearchParams = { status?: string | string[]; page?: string | string[] };

export default async function PortalUsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await portalUsersViewer();
  if (!viewer.canManage) {
    return (
      <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
        <CannotManageUsers />
      </PageShell>
    );
  }
  const params = await searchParams;
  const status = STATUSES.find((s) => s.value === params.status)?.value ?? null;
  const pageNumber = Math.max(1, Number.parseInt(typeof params.page === 'string' ? params.page : '', 10) || 1);
  const flash = await flashFor(PORTAL_USERS_PATH);
  const data = await serverQuery(PortalUsersQuery, { filter: { status }, page: { offset: (pageNumber - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const { nodes, pageInfo } = data.portalUsers;
  const pages = Math.max(1, Math.ceil(pageInfo.totalCount / PAGE_SIZE));
  const pageHref = (n: number) => `${PORTAL_USERS_PATH}?${[status ? `status=${status}` : '', `page=${n}`].filter(Boolean).join('&')}`;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <h1>Portal users</h1>
      <p>The people who can sign in to the portal for your trust. Select a name to change their role, deactivate them or reset their authenticator app.</p>
      <Link className="nhsuk-button" href={`${PORTAL_USERS_PATH}/invite`} role="button" draggable={false}>
        Invite a portal user
      </Link>
      <form method="get" action={PORTAL_USERS_PATH} className="app-filter" role="search" aria-label="Portal users by status">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="status">
            Show
          </label>
          <select className="nhsuk-select" id="status" name="status" defaultValue={status ?? ''}>
            <option value="">Everyone</option>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button">
          Show portal users
        </button>
      </form>
      <p className="nhsuk-body-s" aria-live="polite">
        {pageInfo.totalCount === 0
          ? 'No portal users'
          : `Showing ${pageInfo.offset + 1} to ${pageInfo.offset + nodes.length} of ${pageInfo.totalCount} portal users`}
      </p>
      <PortalUserTable users={nodes} viewerId={viewer.id} />
      <Pagination
        previous={pageNumber > 1 ? { href: pageHref(pageNumber - 1), label: `Page ${pageNumber - 1} of ${pages}` } : undefined}
        next={pageInfo.hasNextPage ? { href: pageHref(pageNumber + 1), label: `Page ${pageNumber + 1} of ${pages}` } : undefined}
      />
      <h2 className="nhsuk-heading-m" id="mfa-setting-heading">
        Authenticator app for Portal Administrators
      </h2>
      <PortalAdministratorMfaForm required={data.organisation.portalAdministratorMfaRequired} />
    </PageShell>
  );
}
