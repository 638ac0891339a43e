import type { Metadata } from 'next';
import Link from 'next/link';
import { PageShell } from '@/components/layout/page-shell';
import { ReadOnlyNotice } from '@/components/layout/read-only-notice';
import { Breadcrumbs } from '@/components/nhsuk/layout-parts';
import { FlashBanner } from '@/components/nhsuk/notification-banner';
import { ResolutionProgress } from '@/components/templates/resolution-progress';
import { TemplateList, staffGroupSectionId } from '@/components/templates/template-list';
import { serverQuery } from '@/lib/apollo/server-client';
import { flashFor } from '@/lib/flash';
import { SYSTEM_MANAGEMENT_CRUMBS, TEMPLATES_PATH } from '@/lib/navigation';
import { graphql } from '@/src/gql';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Credentials required templates' };

const TemplatesPageQuery = graphql(`
  query TemplatesPage {
    me {
      canChangeSettings
    }
    templateResolutionStatus {
      upToDate
      done
      total
    }
    staffGroups {
      id
      code
      name
    }
    credentialsRequiredTemplates(page: { offset: 0, limit: 200 }) {
      nodes {
        id
        staffGroup {
          id
        }
        ...TemplateList_Template
      }
    }
  }
`);

/** Every template by staff group, or one staff group's (`?staffGroup=03`: a GET form, no script needed). */
export default async function TemplatesPage({ searchParams }: { searchParams: Promise<{ staffGroup?: string | string[] }> }) {
  const { staffGroup: code } = await searchParams;
  const flash = await flashFor(TEMPLATES_PATH);
  const data = await serverQuery(TemplatesPageQuery);
  const groups = data.staffGroups;
  const chosen = typeof code === 'string' ? groups.find((g) => g.code === code) : undefined;
  const templates = data.credentialsRequiredTemplates.nodes.filter((t) => !chosen || t.staffGroup.id === chosen.id);
  const canChange = data.me?.canChangeSettings ?? false;
  return (
    <PageShell before={<Breadcrumbs items={SYSTEM_MANAGEMENT_CRUMBS} />}>
      {flash ? <FlashBanner flash={flash} /> : null}
      <h1>Credentials required templates</h1>
      <p>
        A template says which credentials staff need. Each staff group has a national default template. A custom template for a staff group, or for one
        of its job roles, takes its place for the employment types it covers.
      </p>
      {canChange ? null : <ReadOnlyNotice />}
      <ResolutionProgress status={data.templateResolutionStatus} />
      <div className="nhsuk-button-group">
        {canChange ? (
          <Link className="nhsuk-button" href={`${TEMPLATES_PATH}/new`} role="button" draggable={false}>
            Create a custom template
          </Link>
        ) : null}
        <Link className="nhsuk-button nhsuk-button--secondary" href={`${TEMPLATES_PATH}/effective`} role="button" draggable={false}>
          Check which template applies
        </Link>
      </div>
      <form method="get" action={TEMPLATES_PATH} className="app-filter" role="search" aria-label="Templates by staff group">
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="staffGroup">
            Show templates for
          </label>
          <select className="nhsuk-select" id="staffGroup" name="staffGroup" defaultValue={chosen?.code ?? ''}>
            <option value="">All staff groups</option>
            {groups.map((group) => (
              <option key={group.id} value={group.code}>
                {group.code} {group.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="nhsuk-button nhsuk-button--secondary" data-module="nhsuk-button">
          Show templates
        </button>
      </form>
      {chosen ? (
        <p>
          <Link href={TEMPLATES_PATH}>Show templates for all staff groups</Link>
        </p>
      ) : (
        <nav className="nhsuk-contents-list" role="navigation" aria-label="Staff groups on this page">
          <h2 className="nhsuk-u-visually-hidden">Contents</h2>
          <ol className="nhsuk-contents-list__list">
            {groups.map((group) => (
              <li className="nhsuk-contents-list__item" key={group.id}>
                <a className="nhsuk-contents-list__link" href={`#${staffGroupSectionId(group.code)}`}>
                  {group.code} {group.name}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <TemplateList templates={templates} canChange={canChange} />
    </PageShell>
  );
}
