import type { ResultOf } from '@graphql-typed-document-node/core';
import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/audit/audit-table';
import { PageShell } from '@/components/layout/page-shell';
import { ErrorSummary } from '@/components/nhsuk/error-summary';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { Pagination } from '@/components/nhsuk/pagination';
import { serverQueryResult } from '@/lib/apollo/server-client';
import { AUDIT_EVENT_KIND_NAMES, auditFilterQuery, parseAuditFilter, type AuditSearchParams, type DateParts } from '@/lib/audit-filter';
import { fieldErrorsOf, type FieldError } from '@/lib/graphql/result';
import { AUDIT_PATH, SYSTEM_MANAGEMENT_CRUMBS } from '@/lib/navigation';
import { ERROR_TITLE_PREFIX } from '@/lib/page-title';
import { graphql } from '@/src/gql';
import type { AuditEventKind } from '@/src/gql/graphql';

export const dynamic = 'force-dynamic';

const TITLE = 'Audit log';
const DEFAULT_PAGE_SIZE = 20;

export async function generateMetadata({ searchParams }: { searchParams: Promise<AuditSearchParams> }): Promise<Metadata> {
  return { title: parseAuditFilter(await searchParams).errors.length ? `${ERROR_TITLE_PREFIX}${TITLE}` : TITLE };
}

const AuditPageQuery = graphql(`
  query AuditPage($filter: AuditEventsFilter, $page: PageInput) {
    auditEvents(filter: $filter, page: $page) {
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

function positive(value: string | string[] | undefined, fallback: number, max: number): number {
  const n = Number.parseInt(typeof value === 'string' ? value : '', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : fallback;
}

const FIELD_IDS = { from: 'from-day', to: 'to-day', kind: 'kind' };

function DateInput({ id, legend, value, error }: { id: 'from' | 'to'; legend: string; value: DateParts; error?: string }) {
  const part = (name: 'day' | 'month' | 'year', label: string, width: 2 | 4) => (
    <div className="nhsuk-date-input__item">
      <div className="nhsuk-form-group">
        <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${name}`}>
          {label}
        </label>
        <input
          className={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
          id={`${id}-${name}`}
          name={`${id}${label}`}
          type="text"
          inputMode="numeric"
          defaultValue={value[name]}
        />
      </div>
    </div>
  );
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset className="nhsuk-fieldset" role="group" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <div className="nhsuk-hint" id={`${id}-hint`}>
          For example, 27 3 2026
        </div>
        {error ? (
          <span className="nhsuk-error-message" id={`${id}-error`}>
            <span className="nhsuk-u-visually-hidden">Error:</span> {error}
          </span>
        ) : null}
        <div className="nhsuk-date-input" id={id}>
          {part('day', 'Day', 2)}
          {part('month', 'Month', 2)}
          {part('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}

/** Who changed what and when, newest first, by kind of change and between two days (a GET form). */
export default async function AuditPage({ searchParams }: { searchParams: Promise<AuditSearchParams> }) {
  const params = await searchParams;
  const { form, filter, errors } = parseAuditFilter(params);
  const page = positive(params.page, 1, 100_000);
  const pageSize = positive(params.perPage, DEFAULT_PAGE_SIZE, 200);
  const keep = [auditFilterQuery(form), pageSize === DEFAULT_PAGE_SIZE ? '' : `perPage=${pageSize}`].filter(Boolean).join('&');
  const pageHref = (n: number) => `${AUDIT_PATH}?${[`page=${n}`, keep].filter(Boolean).join('&')}`;
  let problems: FieldError[] = errors;
  let data = null;
  if (problems.length === 0) {
    const result = await serverQueryResult(AuditPageQuery, { filter, page: { offset: (page - 1) * pageSize, limit: pageSize } });
    if (result.ok) data = result.data;
    else problems = fieldErrorsOf(result.error);
  }
  const byField = Object.fromEntries(problems.map((p) => [p.field, p.message]));
  const filtered = filter.kinds.length > 0 || filter.from !== null || filter.to !== null;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      <ErrorSummary errors={problems} fieldIds={FIELD_IDS} />
      <h1>{TITLE}</h1>
      <p>Every change to your trust&apos;s settings: who made it, when, and what it changed.</p>
      <form method="get" action={AUDIT_PATH} className="app-audit-filter" aria-label="Filter the audit log" role="search">
        <h2 className="nhsuk-heading-m">Filter changes</h2>
        <div className={`nhsuk-form-group${byField.kind ? ' nhsuk-form-group--error' : ''}`}>
          <label className="nhsuk-label" htmlFor="kind">
            Kind of change
          </label>
          <select className="nhsuk-select" id="kind" name="kind" defaultValue={form.kind}>
            <option value="">All changes</option>
            {(Object.entries(AUDIT_EVENT_KIND_NAMES) as [AuditEventKind, string][]).map(([kind, name]) => (
              <option key={kind} value={kind}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <DateInput id="from" legend="From" value={form.from} error={byField.from} />
        <DateInput id="to" legend="To" value={form.to} error={byField.to} />
        <div className="nhsuk-button-group">
          <button type="submit" className="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button">
            Show changes
          </button>
          {filtered || problems.length ? <Link href={AUDIT_PATH}>Clear filters</Link> : null}
        </div>
      </form>
      {data ? <Results data={data} page={page} pageSize={pageSize} pageHref={pageHref} /> : null}
    </PageShell>
  );
}

function Results({
  data,
  page,
  pageSize,
  pageHref,
}: {
  data: ResultOf<typeof AuditPageQuery>;
  page: number;
  pageSize: number;
  pageHref: (page: number) => string;
}) {
  const { nodes, pageInfo } = data.auditEvents;
  const pages = Math.max(1, Math.ceil(pageInfo.totalCount / pageSize));
  const from = pageInfo.totalCount === 0 ? 0 : pageInfo.offset + 1;
  const to = pageInfo.offset + nodes.length;
  return (
    <>
      <h2 className="nhsuk-heading-m">Changes</h2>
      <p className="nhsuk-body-s" aria-live="polite">
        Showing {from} to {to} of {pageInfo.totalCount} changes (page {page} of {pages})
      </p>
      <AuditTable events={nodes} />
      <Pagination
        previous={page > 1 ? { href: pageHref(page - 1), label: `Page ${page - 1} of ${pages}` } : undefined}
        next={pageInfo.hasNextPage ? { href: pageHref(page + 1), label: `Page ${page + 1} of ${pages}` } : undefined}
      />
    </>
  );
}
