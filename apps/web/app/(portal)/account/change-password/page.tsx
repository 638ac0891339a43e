import type { Metadata } from 'next';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { PageShell } from '@/components/layout/page-shell';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { ACCOUNT_PATH } from '@/lib/account/paths';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Change your password' };

export default function ChangePasswordPage() {
  return (
    <PageShell before={<BackLink href={ACCOUNT_PATH} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ChangePasswordForm />
        </div>
      </div>
    </PageShell>
  );
}
