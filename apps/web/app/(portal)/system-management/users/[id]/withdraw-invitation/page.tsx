import type { Metadata } from 'next';
import { PortalUserActionPage } from '@/components/accounts/portal-user-action-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Withdraw invitation' };

export default async function WithdrawInvitationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <PortalUserActionPage
      id={id}
      action="withdraw-invitation"
      heading={(user) => `Are you sure you want to withdraw the invitation to ${user.displayName}?`}
      confirmText="Yes, withdraw the invitation"
      warning
      notNow={(user) => ({ heading: `${user.displayName} has no invitation waiting`, reason: 'Only an invitation that has not been accepted can be withdrawn.' })}
      explain={(user) => (
        <p>
          The link in the invitation email will stop working and {user.displayName} will be deactivated. You can reactivate them later, which sends a
          new invitation.
        </p>
      )}
    />
  );
}
