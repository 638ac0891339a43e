import type { Metadata } from 'next';
import { AuditTable } from '@/components/audit/audit-table';
import { PageShell } from '@/components/layout/page-shell';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { Pagination } from '@/components/nhsuk/pagination';
import { serverQuery } from '@/lib/apollo/server-client';
import { SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Audit log' };

const DEFAULT_PAGE_SIZE = 20;

const AuditPageQuery = graphql(`
  query AuditPage($page: PageInput) {
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

function positive(value: string | undefined, fallback: number, max: number): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<{ page?: string; perPage?: string }> }) {
  const params = await searchParams;
  const page = positive(params.page, 1, 100_000);
  const PAGE_SIZE = positive(params.perPage, DEFAULT_PAGE_SIZE, 200);
  const size = PAGE_SIZE === DEFAULT_PAGE_SIZE ? '' : `&perPage=${PAGE_SIZE}`;
  const data = await serverQuery(AuditPageQuery, { page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE } });
  const { nodes, pageInfo } = data.auditEvents;
  const pages = Math.max(1, Math.ceil(pageInfo.totalCount / PAGE_SIZE));
  const from = pageInfo.totalCount === 0 ? 0 : pageInfo.offset + 1;
  const to = pageInfo.offset + nodes.length;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      <h1>Audit log</h1>
      <p>Every change to your trust&apos;s settings: who made it, when, and what it was before and after.</p>
      <p className="nhsuk-body-s" aria-live="polite">
        Showing {from} to {to} of {pageInfo.totalCount} changes (page {page} of {pages})
      </p>
      <AuditTable events={nodes} />
      <Pagination
        previous={page > 1 ? { href: `/system-management/audit?page=${page - 1}${size}`, label: `Page ${page - 1} of ${pages}` } : undefined}
        next={pageInfo.hasNextPage ? { href: `/system-management/audit?page=${page + 1}${size}`, label: `Page ${page + 1} of ${pages}` } : undefined}
      />
    </PageShell>
  );
}
