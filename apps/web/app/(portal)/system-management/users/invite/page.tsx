import type { Metadata } from 'next';
import { CannotManageUsers } from '@/components/accounts/cannot-manage-users';
import { InviteForm } from '@/components/accounts/invite-form';
import { PageShell } from '@/components/layout/page-shell';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { PORTAL_USERS_PATH } from '@/lib/navigation';
import { portalUsersViewer } from '../portal-users-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Invite a portal user' };

export default async function InvitePage() {
  const viewer = await portalUsersViewer();
  return (
    <PageShell before={<BackLink href={PORTAL_USERS_PATH} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{viewer.canManage ? <InviteForm /> : <CannotManageUsers />}</div>
      </div>
    </PageShell>
  );
}
