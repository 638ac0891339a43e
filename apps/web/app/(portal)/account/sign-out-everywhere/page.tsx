import type { Metadata } from 'next';
import { SignOutEverywhereForm } from '@/components/account/sign-out-everywhere-form';
import { PageShell } from '@/components/layout/page-shell';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { ACCOUNT_PATH } from '@/lib/account/paths';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign out of all devices' };

/** A confirmation first: the button ends this session too. */
export default function SignOutEverywherePage() {
  return (
    <PageShell before={<BackLink href={ACCOUNT_PATH} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <SignOutEverywhereForm />
        </div>
      </div>
    </PageShell>
  );
}
