import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink } from '@/components/nhsuk/layout-parts';
import { NotNational } from '@/components/trusts/not-national';
import { ConfirmTrustActionForm } from '@/components/trusts/trust-forms';
import { trustPath } from '@/lib/navigation';
import { backToTrust, isNational, trustOr404 } from '../../trusts-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Reactivate trust' };

export default async function ReactivateTrustPage({ params }: { params: Promise<{ odsCode: string }> }) {
  const { odsCode } = await params;
  let content;
  if (!(await isNational())) content = <NotNational />;
  else {
    const trust = await trustOr404(odsCode);
    const back = trustPath(trust.odsCode);
    content =
      trust.status === 'ACTIVE' ? (
        <CannotChange backHref={back} heading={`${trust.name} is active`} reason="Only a deactivated trust can be reactivated." backText={`Go back to ${trust.name}`} />
      ) : (
        <ConfirmTrustActionForm
          action="reactivate"
          trustId={trust.id}
          heading={`Are you sure you want to reactivate ${trust.name}?`}
          confirmText="Yes, reactivate the trust"
          warning={false}
          backHref={back}
        >
          <p>
            Active users at {trust.name} ({trust.odsCode}) will be able to sign in again, and its API keys that were not revoked will work again.
          </p>
        </ConfirmTrustActionForm>
      );
  }
  return (
    <PageShell before={<BackLink href={backToTrust(odsCode)} />}>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">{content}</div>
      </div>
    </PageShell>
  );
}
