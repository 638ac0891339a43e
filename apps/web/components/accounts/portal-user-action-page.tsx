import type { ReactNode } from 'react';
import { CannotManageUsers } from '@/components/accounts/cannot-manage-users';
import { ConfirmPortalUserActionForm } from '@/components/accounts/portal-user-forms';
import { actionsFor } from '@/components/accounts/portal-users';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import type { PortalUserAction } from '@/app/(portal)/system-management/users/actions';
import { portalUserOr404, portalUsersViewer } from '@/app/(portal)/system-management/users/portal-users-query';
import { portalUserPath } from '@/lib/navigation';

type User = Awaited<ReturnType<typeof portalUserOr404>>;

const ALLOWED: Record<PortalUserAction, keyof ReturnType<typeof actionsFor>> = {
  deactivate: 'deactivate',
  reactivate: 'reactivate',
  'reset-mfa': 'resetMfa',
  'withdraw-invitation': 'withdrawInvitation',
};

/**
 * An 'Are you sure' page about one person. When the action does not apply to them (any more: someone
 * else may have acted since the page was linked), the page says so instead of offering it.
 */
export async function PortalUserActionPage({
  id,
  action,
  heading,
  confirmText,
  warning,
  notNow,
  explain,
}: {
  id: string;
  action: PortalUserAction;
  heading: (user: User) => string;
  confirmText: string;
  warning: boolean;
  /** Why the action cannot be done for this person now. */
  notNow: (user: User, self: boolean) => { heading: string; reason: string };
  explain: (user: User) => ReactNode;
}) {
  const viewer = await portalUsersViewer();
  let content;
  if (!viewer.canManage) content = <CannotManageUsers />;
  else {
    const user = await portalUserOr404(id);
    const can = actionsFor(user, viewer.id);
    if (!can[ALLOWED[action]]) {
      const { heading: h, reason } = notNow(user, can.self);
      content = <CannotChange backHref={portalUserPath(user.id)} heading={h} reason={reason} backText={`Go back to ${user.displayName}`} />;
    } else {
      content = (
        <ConfirmPortalUserActionForm action={action} portalUserId={user.id} heading={heading(user)} confirmText={confirmText} warning={warning}>
          {explain(user)}
        </ConfirmPortalUserActionForm>
      );
    }
  }
  return (
    <PageShell before={<BackLink href={portalUserPath(id)} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{content}</div>
      </div>
    </PageShell>
  );
}
