import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs, Tag } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { SummaryList } from '@/components/nhsuk/summary-list';
import { NotNational } from '@/components/trusts/not-national';
import { formatDate, seniorAdministratorsText } from '@/components/trusts/registration';
import { ResendTrustInvitationForm } from '@/components/trusts/trust-forms';
import { flashFor } from '@/lib/flash';
import { TRUSTS_CRUMBS, trustPath } from '@/lib/navigation';
import { isNational, trustOr404 } from '../trusts-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Trust' };

/** A trust as a National Administrator sees it: its standing, never its settings. */
export default async function TrustPage({ params }: { params: Promise<{ odsCode: string }> }) {
  const { odsCode } = await params;
  if (!(await isNational())) {
    return (
      <PageShell>
        <NotNational />
      </PageShell>
    );
  }
  const trust = await trustOr404(odsCode);
  const path = trustPath(trust.odsCode);
  const flash = await flashFor(path);
  const active = trust.status === 'ACTIVE';
  return (
    <PageShell before={<Breadcrumbs items={TRUSTS_CRUMBS} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <span className="nhsuk-caption-l">Trust</span>
      <h1>{trust.name}</h1>
      <SummaryList
        rows={[
          { key: 'ODS code', value: trust.odsCode },
          {
            key: 'Status',
            value: (
              <>
                <Tag colour={active ? 'green' : 'grey'}>{active ? 'Active' : 'Deactivated'}</Tag>
                {!active && trust.deactivatedAt ? <p className="nhsuk-body-s nhsuk-u-margin-top-2">Since {formatDate(trust.deactivatedAt)}</p> : null}
              </>
            ),
          },
          { key: 'Registered', value: formatDate(trust.registeredAt) },
          { key: 'Senior Portal Administrators', value: seniorAdministratorsText(trust) },
        ]}
      />
      {active && trust.awaitingFirstAdministrator ? (
        <>
          <h2 className="nhsuk-heading-m">First Senior Portal Administrator</h2>
          <p>Nobody at the trust has accepted an invitation yet. If the email was lost or its link has expired, send it again: the earlier link stops working.</p>
          <ResendTrustInvitationForm trustId={trust.id} />
        </>
      ) : null}
      <h2 className="nhsuk-heading-m">{active ? 'Deactivate the trust' : 'Reactivate the trust'}</h2>
      {active ? (
        <p>
          Its users will be signed out and unable to sign in, and its API keys will stop working. Nothing is deleted.{' '}
          <Link href={`${path}/deactivate`}>Deactivate {trust.name}</Link>
        </p>
      ) : (
        <p>
          Its users will be able to sign in again and its API keys will work again. <Link href={`${path}/reactivate`}>Reactivate {trust.name}</Link>
        </p>
      )}
    </PageShell>
  );
}
