import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { Pagination } from '@/components/nhsuk/pagination';
import { NotNational } from '@/components/trusts/not-national';
import { TrustTable } from '@/components/trusts/trust-table';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { TRUSTS_AUDIT_PATH, TRUSTS_PATH } from '@/lib/navigation';
import type { TrustStatus } from '@/src/gql/graphql';
import { isNational, TrustsPageQuery } from './trusts-query';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Trusts' };

const PAGE_SIZE = 25;
const STATUSES: { value: TrustStatus; label: string }[] = [
  { value: 'ACTIVE', label: 'Active' },
  { value: 'DEACTIVATED', label: 'Deactivated' },
];

type SearchParams = { search?: string | string[]; status?: string | string[]; page?: string | string[] };

/** A National Administrator's home: every registered trust, by name, with a search and a status filter (a GET form). */
export default async function TrustsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  if (!(await isNational())) {
    return (
      <PageShell>
        <NotNational />
      </PageShell>
    );
  }
  const params = await searchParams;
  const search = typeof params.search === 'string' ? params.search.trim().slice(0, 100) : '';
  const status = STATUSES.find((s) => s.value === params.status)?.value ?? null;
  const pageNumber = Math.max(1, Number.parseInt(typeof params.page === 'string' ? params.page : '', 10) || 1);
  const flash = await flashFor(TRUSTS_PATH);
  const data = await serverQuery(TrustsPageQuery, {
    filter: { search: search || null, status },
    page: { offset: (pageNumber - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  const { nodes, pageInfo } = data.trusts;
  const pages = Math.max(1, Math.ceil(pageInfo.totalCount / PAGE_SIZE));
  const keep = [search ? `search=${encodeURIComponent(search)}` : '', status ? `status=${status}` : ''].filter(Boolean);
  const pageHref = (n: number) => `${TRUSTS_PATH}?${[...keep, `page=${n}`].join('&')}`;
  const filtered = search !== '' || status !== null;
  return (
    <PageShell>
      {flash ? <FlashBanner flash={flash} /> : null}
      <h1>Trusts</h1>
      <p>Every trust registered for the Digital Staff Passport. You can register a trust, and deactivate or reactivate one. You cannot see a trust’s settings.</p>
      <div className="nhsuk-button-group">
        <Link className="nhsuk-button" href={`${TRUSTS_PATH}/register`} role="button" draggable={false}>
          Register a trust
        </Link>
        <Link className="nhsuk-button nhsuk-button--secondary" href={TRUSTS_AUDIT_PATH} role="button" draggable={false}>
          Audit log
        </Link>
      </div>
      <form method="get" action={TRUSTS_PATH} className="app-filter" role="search" aria-label="Find trusts">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="search">
            Name or ODS code
          </label>
          <input className="nhsuk-input nhsuk-input--width-20" id="search" name="search" type="search" defaultValue={search} />
        </div>
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="status">
            Status
          </label>
          <select className="nhsuk-select" id="status" name="status" defaultValue={status ?? ''}>
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button">
            Find trusts
          </button>
          {filtered ? <Link href={TRUSTS_PATH}>Show every trust</Link> : null}
        </div>
      </form>
      <p className="nhsuk-body-s" aria-live="polite">
        {pageInfo.totalCount === 0
          ? 'No trusts'
          : `Showing ${pageInfo.offset + 1} to ${pageInfo.offset + nodes.length} of ${pageInfo.totalCount} trusts (page ${pageNumber} of ${pages})`}
      </p>
      <TrustTable trusts={nodes} />
      <Pagination
        previous={pageNumber > 1 ? { href: pageHref(pageNumber - 1), label: `Page ${pageNumber - 1} of ${pages}` } : undefined}
        next={pageInfo.hasNextPage ? { href: pageHref(pageNumber + 1), label: `Page ${pageNumber + 1} of ${pages}` } : undefined}
      />
    </PageShell>
  );
}
