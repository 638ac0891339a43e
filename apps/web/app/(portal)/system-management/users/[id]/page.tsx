import type { Metadata } from 'next';
import Link from 'next/link';
import { CannotManageUsers } from '@/components/accounts/cannot-manage-users';
import { ResendInvitationForm } from '@/components/accounts/portal-user-forms';
import { actionsFor, formatDateTime, invitationText, lastSignInText, mfaStatusText, ROLE_NAMES, STATUS_COLOURS, STATUS_NAMES } from '@/components/accounts/portal-users';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs, Tag } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { SummaryList, type SummaryRow } from '@/components/nhsuk/summary-list';
import { flashFor } from '@/lib/flash';
import { crumbsTo, PORTAL_USERS_PATH, portalUserPath } from '@/lib/navigation';
import { portalUserOr404, portalUsersViewer } from '../portal-users-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Portal user' };

const CRUMBS = crumbsTo({ href: PORTAL_USERS_PATH, text: 'Portal users' });

/** One person: what the trust knows of their account, and what a Senior Portal Administrator may do about it. */
export default async function PortalUserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await portalUsersViewer();
  if (!viewer.canManage) {
    return (
      <PageShell before={<Breadcrumbs items={CRUMBS} />}>
        <CannotManageUsers />
      </PageShell>
    );
  }
  const user = await portalUserOr404(id);
  const flash = await flashFor(portalUserPath(user.id));
  const can = actionsFor(user, viewer.id);
  const path = portalUserPath(user.id);
  const rows: SummaryRow[] = [
    { key: 'Email address', value: user.email ?? user.username },
    {
      key: 'Role',
      value: ROLE_NAMES[user.role],
      action: can.changeRole ? { href: `${path}/role`, visuallyHiddenText: 'role' } : undefined,
    },
    {
      key: 'Status',
      value: (
        <>
          <Tag colour={STATUS_COLOURS[user.status]}>{STATUS_NAMES[user.status]}</Tag>
          {user.status === 'DEACTIVATED' && user.deactivatedAt ? <p className="nhsuk-body-s nhsuk-u-margin-top-2">Since {formatDateTime(user.deactivatedAt)}</p> : null}
        </>
      ),
    },
    ...(user.status === 'INVITED' ? [{ key: 'Invitation', value: invitationText(user.invitation) }] : []),
    { key: 'Last signed in', value: lastSignInText(user.lastSignedInAt) },
    {
      key: 'Authenticator app',
      value: mfaStatusText(user),
      action: can.resetMfa ? { href: `${path}/reset-mfa`, text: 'Reset', visuallyHiddenText: 'authenticator app' } : undefined,
    },
    { key: 'Added', value: formatDateTime(user.createdAt) },
  ];
  return (
    <PageShell before={<Breadcrumbs items={CRUMBS} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <span className="nhsuk-caption-l">Portal user</span>
      <h1>{user.displayName}</h1>
      {can.self ? (
        <p>
          This is your account. Another Senior Portal Administrator can change your role, deactivate you or reset your authenticator app.
        </p>
      ) : null}
      <SummaryList rows={rows} />
      {can.resendInvitation ? <ResendInvitationForm portalUserId={user.id} /> : null}
      <ul className="nhsuk-list">
        {can.withdrawInvitation ? (
          <li>
            <Link href={`${path}/withdraw-invitation`}>Withdraw the invitation</Link>
          </li>
        ) : null}
        {can.deactivate ? (
          <li>
            <Link href={`${path}/deactivate`}>Deactivate {user.displayName}</Link>
          </li>
        ) : null}
        {can.reactivate ? (
          <li>
            <Link href={`${path}/reactivate`}>Reactivate {user.displayName}</Link>
          </li>
        ) : null}
      </ul>
      <p>
        <Link href={PORTAL_USERS_PATH}>Back to portal users</Link>
      </p>
    </PageShell>
  );
}
