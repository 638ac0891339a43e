import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { NotNational } from '@/components/trusts/not-national';
import { RegisterTrustForm } from '@/components/trusts/register-trust-form';
import { TRUSTS_PATH } from '@/lib/navigation';
import { isNational } from '../trusts-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Register a trust' };

export default async function RegisterTrustPage() {
  const national = await isNational();
  return (
    <PageShell before={<BackLink href={TRUSTS_PATH} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{national ? <RegisterTrustForm /> : <NotNational />}</div>
      </div>
    </PageShell>
  );
}
