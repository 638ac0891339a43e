import type { Metadata } from 'next';
import { PortalUserActionPage } from '@/components/accounts/portal-user-action-page';
import { WarningCallout } from '@/components/nhsuk/layout-parts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Deactivate portal user' };

export default async function DeactivatePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <PortalUserActionPage
      id={id}
      action="deactivate"
      heading={(user) => `Are you sure you want to deactivate ${user.displayName}?`}
      confirmText="Yes, deactivate"
      warning
      notNow={(user, self) =>
        self
          ? { heading: 'You cannot deactivate your own account', reason: 'Ask another Senior Portal Administrator to do it.' }
          : { heading: `${user.displayName} cannot be deactivated`, reason: 'Only an active portal user can be deactivated: they are not active at the moment.' }
      }
      explain={(user) => (
        <WarningCallout heading="They will be signed out straight away">
          <p>
            {user.displayName} will be signed out of every device and will not be able to sign in. Nothing about them is deleted: you can reactivate
            them later. We will tell them by email.
          </p>
        </WarningCallout>
      )}
    />
  );
}
