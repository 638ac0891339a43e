import type { Metadata } from 'next';
import { CannotManageUsers } from '@/components/accounts/cannot-manage-users';
import { ChangeRoleForm } from '@/components/accounts/portal-user-forms';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { portalUserPath } from '@/lib/navigation';
import { portalUserOr404, portalUsersViewer } from '../../portal-users-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change role' };

export default async function ChangeRolePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await portalUsersViewer();
  let content;
  if (!viewer.canManage) content = <CannotManageUsers />;
  else {
    const user = await portalUserOr404(id);
    content =
      user.id === viewer.id ? (
        <CannotChange
          backHref={portalUserPath(user.id)}
          heading="You cannot change your own role"
          reason="Ask another Senior Portal Administrator to change it."
          backText="Go back to your account"
        />
      ) : (
        <ChangeRoleForm portalUserId={user.id} displayName={user.displayName} currentRole={user.role} />
      );
  }
  return (
    <PageShell before={<BackLink href={portalUserPath(id)} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{content}</div>
      </div>
    </PageShell>
  );
}
