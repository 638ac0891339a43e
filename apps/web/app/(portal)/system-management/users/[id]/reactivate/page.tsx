import type { Metadata } from 'next';
import { PortalUserActionPage } from '@/components/accounts/portal-user-action-page';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reactivate portal user' };

export default async function ReactivatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <PortalUserActionPage
      id={id}
      action="reactivate"
      heading={(user) => `Are you sure you want to reactivate ${user.displayName}?`}
      confirmText="Yes, reactivate"
      warning={false}
      notNow={(user) => ({ heading: `${user.displayName} is not deactivated`, reason: 'Only a deactivated portal user can be reactivated.' })}
      explain={(user) => (
        <p>
          {user.displayName} will be able to sign in again with the role they had. If they never accepted their invitation, we will send them a new
          one.
        </p>
      )}
    />
  );
}
