import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { CannotChange } from '@/components/layout/read-only-notice';
import { BackLink, WarningCallout } from '@/components/nhsuk/layout-parts';
import { NotNational } from '@/components/trusts/not-national';
import { ConfirmTrustActionForm } from '@/components/trusts/trust-forms';
import { trustPath } from '@/lib/navigation';
import { backToTrust, isNational, trustOr404 } from '../../trusts-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Deactivate trust' };

export default async function DeactivateTrustPage({ params }: { params: Promise<{ odsCode: string }> }) {
  const { odsCode } = await params;
  let content;
  if (!(await isNational())) content = <NotNational />;
  else {
    const trust = await trustOr404(odsCode);
    const back = trustPath(trust.odsCode);
    content =
      trust.status !== 'ACTIVE' ? (
        <CannotChange backHref={back} heading={`${trust.name} is already deactivated`} reason="You can reactivate it from its page." backText={`Go back to ${trust.name}`} />
      ) : (
        <ConfirmTrustActionForm
          action="deactivate"
          trustId={trust.id}
          heading={`Are you sure you want to deactivate ${trust.name}?`}
          confirmText="Yes, deactivate the trust"
          warning
          backHref={back}
        >
          <WarningCallout heading="This takes effect straight away">
            <p>
              Everyone at {trust.name} ({trust.odsCode}) will be signed out and unable to sign in, and the trust’s API keys will stop working. Nothing is
              deleted: you can reactivate the trust later.
            </p>
          </WarningCallout>
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
