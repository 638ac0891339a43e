import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { SummaryList } from '@/components/nhsuk/summary-list';
import { ACCOUNT_PATH, CHANGE_PASSWORD_PATH, SIGN_OUT_EVERYWHERE_PATH } from '@/lib/account/paths';
import { mfaStatus, roleName } from '@/lib/account/passwords';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your account' };

const AccountPageQuery = graphql(`
  query AccountPage {
    me {
      displayName
      username
      email
      role
      mfaEnrolled
      organisation {
        name
        portalAdministratorMfaRequired
      }
    }
  }
`);

/** Any portal user's own account: who they are, and the two things they do for themselves. */
export default async function AccountPage() {
  const [{ me }, flash] = await Promise.all([serverQuery(AccountPageQuery), flashFor(ACCOUNT_PATH)]);
  if (!me) return null;
  return (
    <PageShell before={<Breadcrumbs items={[{ href: '/', text: 'Home' }]} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Your account</h1>
          <SummaryList
            rows={[
              { key: 'Name', value: me.displayName },
              { key: 'Username', value: me.username ?? '' },
              { key: 'Email address', value: me.email ?? 'None' },
              { key: 'Role', value: roleName(me.role) },
              { key: 'Trust', value: me.organisation?.name ?? 'None: National Administrators belong to no trust' },
              { key: 'Authenticator app', value: mfaStatus(me) },
            ]}
          />
          <p>To change your name, email address or role, ask a Senior Portal Administrator at your trust.</p>

          <h2>Password</h2>
          <p>Changing your password signs you out on all your other devices.</p>
          <p>
            <Link href={CHANGE_PASSWORD_PATH}>Change your password</Link>
          </p>

          <h2>Sign out of all devices</h2>
          <p>If you signed in on a device you no longer use, or you think someone else may be using your account, sign out everywhere, this device included.</p>
          <p>
            <Link href={SIGN_OUT_EVERYWHERE_PATH}>Sign out of all devices</Link>
          </p>
        </div>
      </div>
    </PageShell>
  );
}
