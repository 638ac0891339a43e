import type { Metadata } from 'next';
import { PortalUserActionPage } from '@/components/accounts/portal-user-action-page';
import { WarningCallout } from '@/components/nhsuk/layout-parts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reset authenticator app' };

export default async function ResetMfaPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <PortalUserActionPage
      id={id}
      action="reset-mfa"
      heading={(user) => `Are you sure you want to reset ${user.displayName}’s authenticator app?`}
      confirmText="Yes, reset authenticator app"
      warning
      notNow={(user, self) =>
        self
          ? {
              heading: 'You cannot reset your own authenticator app',
              reason: 'Sign in with one of your recovery codes, or ask another Senior Portal Administrator to reset it.',
            }
          : { heading: `${user.displayName} has no authenticator app set up`, reason: 'There is nothing to reset.' }
      }
      explain={(user) => (
        <WarningCallout heading="Do this when they have lost their phone or authenticator app">
          <p>
            Their authenticator app and recovery codes will stop working, and they will be signed out. They will set up an authenticator app again the
            next time they sign in. We will tell {user.displayName} by email.
          </p>
        </WarningCallout>
      )}
    />
  );
}
