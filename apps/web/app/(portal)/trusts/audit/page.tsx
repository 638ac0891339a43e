import type { Metadata } from 'next';
import { AuditTable } from '@/components/audit/audit-table';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { Pagination } from '@/components/nhsuk/pagination';
import { NotNational } from '@/components/trusts/not-national';
import { serverQuery } from '@/lib/apollo/server-client';
import { TRUSTS_AUDIT_PATH, TRUSTS_CRUMBS } from '@/lib/navigation';
import { graphql } from '@/src/gql';
import { isNational } from '../trusts-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log' };

const PAGE_SIZE = 20;

const NationalAuditQuery = graphql(`
  query NationalAudit($page: PageInput) {
    auditEvents(page: $page) {
      nodes {
        id
        ...AuditTable_Event
      }
      pageInfo {
        offset
        limit
        totalCount
        hasNextPage
      }
    }
  }
`);

/** What National Administrators see of the audit: every trust's registration, deactivation and reactivation, newest first. */
export default async function NationalAuditPage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  if (!(await isNational())) {
    return (
      <PageShell>
        <NotNational />
      </PageShell>
    );
  }
  const params = await searchParams;
  const pageNumber = Math.max(1, Number.parseInt(typeof params.page === 'string' ? params.page : '', 10) || 1);
  const data = await serverQuery(NationalAuditQuery, { page: { offset: (pageNumber - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const { nodes, pageInfo } = data.auditEvents;
  const pages = Math.max(1, Math.ceil(pageInfo.totalCount / PAGE_SIZE));
  const pageHref = (n: number) => `${TRUSTS_AUDIT_PATH}?page=${n}`;
  return (
    <PageShell before={<Breadcrumbs items={TRUSTS_CRUMBS} />}>
      <h1>Audit log</h1>
      <p>Every trust’s registration, deactivation and reactivation, and the invitations sent for them: who did it and when.</p>
      {pageInfo.totalCount === 0 ? (
        <p>Nothing has happened to any trust yet.</p>
      ) : (
        <>
          <p className="nhsuk-body-s" aria-live="polite">
            Showing {pageInfo.offset + 1} to {pageInfo.offset + nodes.length} of {pageInfo.totalCount} events (page {pageNumber} of {pages})
          </p>
          <AuditTable events={nodes} caption="What happened to the registered trusts, newest first" />
        </>
      )}
      <Pagination
        previous={pageNumber > 1 ? { href: pageHref(pageNumber - 1), label: `Page ${pageNumber - 1} of ${pages}` } : undefined}
        next={pageInfo.hasNextPage ? { href: pageHref(pageNumber + 1), label: `Page ${pageNumber + 1} of ${pages}` } : undefined}
      />
    </PageShell>
  );
}
